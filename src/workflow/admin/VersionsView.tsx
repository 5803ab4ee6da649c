import { Gutter, Link, Pill, SetDocumentStepNav, Table } from '@payloadcms/ui'
import { formatDate } from '@payloadcms/ui/shared'
import type { DocumentViewServerProps } from 'payload'
import React from 'react'

import { versionEventLabel } from '../machine'
import './VersionsView.css'

const PER_PAGE = 50

interface VersionRow {
  id: number | string
  updatedAt: string
  autosave?: boolean
  version: { _status?: 'draft' | 'published' | null; workflowEvent?: string | null; workflowEventBy?: string | null }
}

/**
 * The document's Versions tab, in place of Payload's (admin.components.views.edit.versions):
 * Payload's list has no column hook, and its rows all read "Draft" with the same minute, so
 * nobody could tell which version the reviewer approved. Each row here says which workflow
 * action made it, and the time to the second; the date still opens Payload's compare view.
 */
export async function VersionsView({ initPageResult, routeSegments, searchParams }: DocumentViewServerProps) {
  const { collectionConfig, docID, req } = initPageResult
  if (!collectionConfig || docID === undefined) return null
  const page = Math.max(1, Number(searchParams?.page) || 1)
  const found = await req.payload.findVersions({
    collection: collectionConfig.slug as 'articles',
    where: { parent: { equals: docID } },
    sort: '-updatedAt',
    limit: PER_PAGE,
    page,
    depth: 0,
    req,
    overrideAccess: false,
  })
  const rows = found.docs as unknown as VersionRow[]
  // The newest published row is what visitors see; the newest row overall is the draft in the form.
  const live = page === 1 ? rows.find((row) => row.version._status === 'published')?.id : undefined
  const latest = page === 1 ? rows[0]?.id : undefined
  const trashed = routeSegments[2] === 'trash'
  const base = `/admin/collections/${collectionConfig.slug}/${trashed ? 'trash/' : ''}${docID}`
  const { i18n } = req

  const status = (row: VersionRow) => {
    if (row.id === live) return <Pill pillStyle="success" size="small">Published (online)</Pill>
    if (row.version._status === 'published') return <Pill size="small">Published earlier</Pill>
    if (row.id === latest) return <Pill pillStyle="warning" size="small">Current draft</Pill>
    return <Pill size="small">{row.autosave ? 'Draft (autosave)' : 'Draft'}</Pill>
  }
  const columns = [
    {
      accessor: 'updatedAt',
      active: true,
      field: { name: '', type: 'date' as const },
      Heading: <span>Saved at</span>,
      renderedCells: rows.map((row) => (
        <Link href={`${base}/versions/${row.id}`} key={row.id} prefetch={false}>
          {formatDate({ date: row.updatedAt, i18n, pattern: 'MMM d yyyy, HH:mm:ss' })}
        </Link>
      )),
    },
    {
      accessor: 'workflowEvent',
      active: true,
      field: { name: '', type: 'text' as const },
      Heading: <span>Made by</span>,
      renderedCells: rows.map((row) => (
        <span className="gw-version-event" data-event={row.version.workflowEvent ?? 'edit'} key={row.id}>
          {versionEventLabel(row.version)}
        </span>
      )),
    },
    {
      accessor: '_status',
      active: true,
      field: { name: '', type: 'text' as const },
      Heading: <span>Status</span>,
      renderedCells: rows.map((row) => <React.Fragment key={row.id}>{status(row)}</React.Fragment>),
    },
  ]
  const pageLink = (to: number, text: string) => (
    <Link href={`${base}/versions?page=${to}`} prefetch={false}>
      {text}
    </Link>
  )
  return (
    <>
      <SetDocumentStepNav
        collectionSlug={collectionConfig.slug}
        id={docID}
        isTrashed={trashed}
        pluralLabel={typeof collectionConfig.labels.plural === 'string' ? collectionConfig.labels.plural : undefined}
        useAsTitle={collectionConfig.admin.useAsTitle}
        view={i18n.t('version:versions')}
      />
      <main className="versions gw-versions">
        <Gutter className="versions__wrap">
          {rows.length === 0 ? (
            <div className="versions__no-versions">{i18n.t('version:noFurtherVersionsFound')}</div>
          ) : (
            <Table columns={columns} data={rows.map((row) => ({ id: row.id }))} />
          )}
          <nav aria-label="Version pages" className="gw-versions__pages">
            {found.hasPrevPage && found.prevPage ? pageLink(found.prevPage, '← Newer versions') : null}
            <span>
              {found.totalDocs} versions{found.totalPages > 1 ? `, page ${found.page} of ${found.totalPages}` : ''}
            </span>
            {found.hasNextPage && found.nextPage ? pageLink(found.nextPage, 'Older versions →') : null}
          </nav>
        </Gutter>
      </main>
    </>
  )
}
