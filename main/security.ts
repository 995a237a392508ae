/** The Content-Security-Policy of every page of the app (Electron window and browser preview). */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  // No inline styles either: the receipt preview and every screen style by class.
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
