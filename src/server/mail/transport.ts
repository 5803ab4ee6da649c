import fs from 'node:fs'
import path from 'node:path'
import nodemailer, { type Transport, type Transporter } from 'nodemailer'
import type MailMessage from 'nodemailer/lib/mailer/mail-message'

import { dataDir } from '../paths'

export function mailDir(): string {
  return path.resolve(process.env.MAIL_DIR || path.join(dataDir(), 'mail'))
}

/**
 * SMTP when SMTP_URL is set; otherwise every message is written as an .eml file (open it in
 * any mail client) under MAIL_DIR and logged, so development and tests send nothing.
 */
export function mailTransport(log: (message: string) => void = console.log): Transporter {
  if (process.env.SMTP_URL) return nodemailer.createTransport(process.env.SMTP_URL)
  const files: Transport<{ envelope: object; messageId: string }> = {
    name: 'eml-files',
    version: '1',
    send(mail: MailMessage, callback) {
      mail.message.build((error: Error | null, message: Buffer) => {
        if (error) return callback(error, undefined as never)
        const dir = mailDir()
        fs.mkdirSync(dir, { recursive: true })
        const to = [mail.data.to]
          .flat()
          .map(String)
          .join(',')
          .replace(/[^\w@.,-]+/g, '_')
        const file = path.join(
          dir,
          `${new Date().toISOString().replace(/[:.]/g, '-')}-${to}-${Math.random().toString(36).slice(2, 8)}.eml`,
        )
        fs.writeFileSync(file, message)
        log(`Mail "${mail.data.subject}" to ${to} written to ${file}`)
        callback(null, { envelope: mail.message.getEnvelope(), messageId: mail.message.messageId() })
      })
    },
  }
  return nodemailer.createTransport(files)
}
