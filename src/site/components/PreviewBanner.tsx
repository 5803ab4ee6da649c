import { PREVIEW_EXIT_ROUTE } from '../preview/link'
import { LivePreviewRefresh } from './LivePreviewRefresh'

/** Marks a draft preview unmistakably, offers the way out, and keeps Live Preview current. */
export function PreviewBanner({ path }: { path: string }) {
  return (
    <>
      <div className="preview-banner" role="status">
        <div className="wrap preview-banner__inner">
          <p>
            <strong>Draft preview.</strong> You are seeing the latest saved draft, which visitors cannot see.
          </p>
          <a className="button button--small" href={`${PREVIEW_EXIT_ROUTE}?${new URLSearchParams({ path })}`}>
            Exit preview
          </a>
        </div>
      </div>
      <LivePreviewRefresh />
    </>
  )
}
