import nodemailer from 'nodemailer';
import type { Logger } from '../logger.js';

export type Mail = { to: string; subject: string; text: string };

/** Sends account mail (verification, password reset). Pluggable: the log by default, SMTP when configured. */
export interface MailSender {
  send(mail: Mail): Promise<void>;
}

/** Writes each mail to the log, so a local install works with no mail server: the links are in the log. */
export class LogMailSender implements MailSender {
  constructor(private readonly logger: Logger) {}

  async send(mail: Mail): Promise<void> {
    this.logger.info({ component: 'mail', to: mail.to, subject: mail.subject, text: mail.text }, 'mail (not sent: no SMTP_URL)');
  }
}

export class SmtpMailSender implements MailSender {
  private readonly transport;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    this.transport = nodemailer.createTransport(smtpUrl);
  }

  async send(mail: Mail): Promise<void> {
    await this.transport.sendMail({ from: this.from, ...mail });
  }
}
