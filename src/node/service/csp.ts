/**
 * The Content-Security-Policy of the UI, the same for both hosts but for where images may come
 * from: the desktop app also loads knowledge images from app://.
 */
export function contentSecurityPolicy(imageSources: string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    ["img-src 'self' data:", ...imageSources].join(' '),
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ')
}
