/**
 * "Firefox on Windows" from a browser's User-Agent header: enough for a person
 * to recognise their own devices in a list of sessions. Not for feature checks.
 */
export function describeUserAgent(userAgent: string | null | undefined): string {
  const ua = userAgent?.trim();
  if (!ua) return 'Unknown device';
  const browser = browserOf(ua);
  const os = systemOf(ua);
  if (!browser) return os ? `Unknown browser on ${os}` : (ua.split(/[\s/]/)[0] || 'Unknown device');
  return os ? `${browser} on ${os}` : browser;
}

function browserOf(ua: string): string | undefined {
  // Order matters: Edge and Opera also say "Chrome", and Chrome also says "Safari".
  if (/Edg(e|A|iOS)?\//.test(ua)) return 'Edge';
  if (/OPR\/|Opera/.test(ua)) return 'Opera';
  if (/SamsungBrowser\//.test(ua)) return 'Samsung Internet';
  if (/Firefox\/|FxiOS\//.test(ua)) return 'Firefox';
  if (/HeadlessChrome\//.test(ua)) return 'Chrome (headless)';
  if (/Chrome\/|CriOS\/|Chromium\//.test(ua)) return 'Chrome';
  if (/Safari\//.test(ua) && /Version\//.test(ua)) return 'Safari';
  return undefined;
}

function systemOf(ua: string): string | undefined {
  if (/iPhone/.test(ua)) return 'iPhone';
  if (/iPad/.test(ua)) return 'iPad';
  if (/Android/.test(ua)) return 'Android';
  if (/Windows/.test(ua)) return 'Windows';
  if (/CrOS/.test(ua)) return 'ChromeOS';
  if (/Mac OS X|Macintosh/.test(ua)) return 'macOS';
  if (/Linux/.test(ua)) return 'Linux';
  return undefined;
}
