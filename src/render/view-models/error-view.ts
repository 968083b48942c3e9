import { urls } from '../urls.js';
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
  };
}
