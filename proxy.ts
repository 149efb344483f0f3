import { NextResponse, type NextRequest } from 'next/server';

/**
 * Next 16 answers a dynamic segment with broken percent-encoding (`/factories/%E0%A4%A`, `/%E0%A4%A`) with a bare 500: it
 * decodes the segment before any page code runs. Such a path names no factory, so show the 404 page instead.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return NextResponse.next();
  } catch {
    return NextResponse.rewrite(new URL('/factories/not-a-factory', request.url));
  }
}

// Only paths with a percent sign can be malformed: every other request skips the proxy (it costs ~2× under load).
// Any such path, not only /factories/…: the language segment (`/[locale]/…`) is a dynamic segment at the top.
export const config = { matcher: '/:path(.*%.*)' };
