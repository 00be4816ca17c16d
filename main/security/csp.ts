/**
 * The one Content-Security-Policy of the app, for the Electron session and the loopback bridge alike.
 * Styles allow 'unsafe-inline' because Mantine writes CSS variables into style attributes; scripts do not.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
