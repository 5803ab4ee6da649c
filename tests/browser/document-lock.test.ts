import { describe, expect, it } from 'vitest'

import { screenshot, signedInPage, useBrowser } from '../helpers/browser'
import { draftArticleBy } from '../helpers/content'
import { login, serverUrl } from '../helpers/http'
import { unique, usePayload } from '../helpers/payload'
import { createUser, ensureAdmin } from '../helpers/users'

const ctx = usePayload()
const chrome = useBrowser()

const signedIn = (email: string) => signedInPage(chrome.browser, serverUrl(), email)

describe('document locks, as colleagues meet them', () => {
  it("names the colleague who holds the lock (not their id) in the modal and the list's lock badge", async () => {
    await ensureAdmin(ctx.payload)
    const holderName = unique('Hana Holder')
    const holder = await createUser(ctx.payload, ['editor'], holderName)
    const other = await createUser(ctx.payload, ['editor'], 'Oh Other')
    const doc = await draftArticleBy(ctx.payload, holder)

    // The holder has the document open: the lock the admin takes for them (Payload drops it at
    // each save and takes it again at the next keystroke; here it is taken once, in their name).
    const token = await login(holder.email)
    const lock = await fetch(`${serverUrl()}/api/payload-locked-documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ document: { relationTo: 'articles', value: doc.id }, user: { relationTo: 'users', value: holder.id } }),
    })
    expect(lock.status).toBe(201)

    const second = await signedIn(other.email)
    await second.page.goto(`${serverUrl()}/admin/collections/articles/${doc.id}`)
    const modal = second.page.locator('.document-locked')
    await modal.getByText('is currently editing', { exact: false }).waitFor({ timeout: 30_000 })
    const text = (await modal.textContent()) ?? ''
    expect(text).toContain(`Document locked${holderName} is currently editing`)
    await screenshot(second.page, 'lock-01-modal-names-the-holder')

    await second.page.goto(`${serverUrl()}/admin/collections/articles?limit=100`)
    const badge = second.page.locator('tr', { hasText: doc.title }).locator('.locked')
    await badge.waitFor({ timeout: 20_000 })
    await badge.hover()
    expect(await badge.textContent()).toContain(`${holderName} is editing`)
    await second.close()
  }, 240_000)
})
