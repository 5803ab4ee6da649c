import { DefaultTemplate } from '@payloadcms/next/templates'
import type { AdminViewServerProps } from 'payload'

import { isStaffUser } from '../../access'
import { ImportForm } from './ImportForm'
import './ImportView.css'

/** /admin/import: staff upload documents, read the dry-run report, then import them as drafts for review. */
export function ImportView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, locale, permissions, visibleEntities } = initPageResult
  const user = req.user
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <div className="gutter--left gutter--right import-view">
        <h1>Import documents</h1>
        {user && isStaffUser(user) ? (
          <ImportForm />
        ) : (
          <p role="alert">Only staff can import documents. Log in with a staff account.</p>
        )}
      </div>
    </DefaultTemplate>
  )
}
