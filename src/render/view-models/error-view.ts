import { urls } from '../urls.js';
import { LATEST_LIMIT } from './latest-view.js';
import { pageTitle, type PageMeta } from './layout-view.js';

export interface ErrorPageView {
  heading: string;
  message: string;
  homeHref: string;
}

export interface ErrorPage {
  status: number;
  cacheControl: string;
  meta: PageMeta;
  view: ErrorPageView;
}

export interface ErrorPages {
  notFound: ErrorPage;
  methodNotAllowed: ErrorPage;
  serverError: ErrorPage;
  /** `/embed/latest` with a limit it does not take. */
  badLimit: ErrorPage;
}

/** The error pages: fixed wording, never a detail of what went wrong. */
export function errorPages(siteName: string): ErrorPages {
  const errorPage = (status: number, cacheControl: string, heading: string, message: string): ErrorPage => ({
    status,
    cacheControl,
    meta: { title: pageTitle(heading, siteName), description: null, language: 'en', alternates: [], links: [], metaTags: [] },
    view: { heading, message, homeHref: urls.home },
  });
  return {
    notFound: errorPage(404, 'no-cache', 'Page not found', 'There is no page at this address. The release may have been withdrawn, or the link may be mistyped.'),
    methodNotAllowed: errorPage(405, 'no-cache', 'Method not allowed', 'This address can only be read, not changed.'),
    serverError: errorPage(500, 'no-store', 'Something went wrong', 'The page could not be shown. Please try again in a moment.'),
    badLimit: errorPage(
      400, 'no-cache', 'Bad request',
      `This list shows from 1 to ${String(LATEST_LIMIT.max)} releases: give limit as a whole number from 1 to ${String(LATEST_LIMIT.max)}, as in ${urls.embedLatest}?limit=${String(LATEST_LIMIT.default)}, or leave it out for ${String(LATEST_LIMIT.default)}.`,
    ),
  };
}
