/**
 * An organisation's stream of program events (enrolments, reviews, program
 * mentorships). Nobody subscribes to it live yet; it is the durable record
 * that organisation webhooks are sent from.
 */
export const organizationStream = (organizationUuid: string): string => `organization:${organizationUuid}`;
