import { PREVIEW_EXIT_ROUTE } from '../preview/link'

/**
 * Live Preview: tell the admin around the iframe that the page is ready, and reload when it
 * reports a saved draft (autosave runs every two seconds). The same protocol as Payload's
 * RefreshRouteOnSave, written inline on purpose: a client component imported by the page
 * module would put its chunk on every published page too, and reading pages ship no
 * JavaScript of their own. Only messages from this origin (the admin) count.
 */
const LIVE_PREVIEW_SCRIPT = `(function () {
  var origin = location.origin;
  var admin = window.opener || (window.parent !== window ? window.parent : null);
  if (admin) admin.postMessage({ type: 'payload-live-preview', ready: true }, origin);
  window.addEventListener('message', function (event) {
    if (event.origin === origin && event.data && event.data.type === 'payload-document-event') location.reload();
  });
})();`

/** Marks a draft preview unmistakably, offers the way out, and keeps Live Preview current. */
export function PreviewBanner({ path }: { path: string }) {
  return (
    <div className="preview-banner" role="status">
      <div className="wrap preview-banner__inner">
        <p>
          <strong>Draft preview.</strong> You are seeing the latest saved draft, which visitors cannot see.
        </p>
        <a className="button button--small" href={`${PREVIEW_EXIT_ROUTE}?${new URLSearchParams({ path })}`}>
          Exit preview
        </a>
      </div>
      <script dangerouslySetInnerHTML={{ __html: LIVE_PREVIEW_SCRIPT }} />
    </div>
  )
}
