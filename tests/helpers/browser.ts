import fs from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'

import { projectRoot } from '../../src/server/paths'
import { TEST_PASSWORD } from './users'

/** Debian's Chromium, never a downloaded browser; flags keep it off the network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
]

export function useBrowser(): { browser: Browser } {
  const ctx = {} as { browser: Browser }
  beforeAll(async () => {
    ctx.browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    })
  })
  afterAll(async () => {
    await ctx.browser?.close()
  })
  return ctx
}

/** Screenshots are test artifacts under test-results/ (git-ignored). */
export async function screenshot(page: Page, name: string): Promise<string> {
  const file = path.join(projectRoot, 'test-results', 'screenshots', `${name}.png`)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  await page.screenshot({ path: file, fullPage: true })
  return file
}

/** Sign in through the admin's login form and wait for the dashboard. */
export async function logInToAdmin(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/admin/login`)
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Login' }).click()
  await page.waitForURL(/\/admin\/?$/, { timeout: 30_000 })
}

/** A fresh browser context signed in to the admin as `email`; close it when done. */
export async function signedInPage(
  browser: Browser,
  baseUrl: string,
  email: string,
  viewport = { width: 1400, height: 1000 },
): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport })
  const page = await context.newPage()
  await logInToAdmin(page, baseUrl, email, TEST_PASSWORD)
  return { page, close: () => context.close() }
}
