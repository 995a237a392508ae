/** The Content-Security-Policy of every page of the app (Electron window and browser preview). */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  // React's style attributes need inline styles; scripts stay strict.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
