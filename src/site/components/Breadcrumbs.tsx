import { breadcrumbList, type Crumb } from '../jsonLd'
import { JsonLd } from './JsonLd'

/** The visible trail and its BreadcrumbList JSON-LD, from the same list. The last crumb is the page. */
export function Breadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <ol>
          {crumbs.map((crumb, i) =>
            i === crumbs.length - 1 ? (
              <li key={crumb.path} aria-current="page">
                {crumb.name}
              </li>
            ) : (
              <li key={crumb.path}>
                <a href={crumb.path}>{crumb.name}</a>
              </li>
            ),
          )}
        </ol>
      </nav>
      <JsonLd data={[breadcrumbList(crumbs)]} />
    </>
  )
}
