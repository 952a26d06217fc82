import type { Config } from '../../config/config.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** Files sent with the message (a statistical report's PDF). */
  attachments?: { filename: string; content: Buffer; contentType: string }[];
}

/** Sends one e-mail; rejects when the relay refuses it or cannot be reached. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/** The SMTP relay of SMTP_HOST…; null when none is configured (reminders then stay in the app). */
export function mailerFromConfig(config: Pick<Config, 'SMTP_HOST' | 'SMTP_PORT' | 'SMTP_SECURE' | 'SMTP_USER' | 'SMTP_PASSWORD' | 'SMTP_FROM'>): Mailer | null {
  const host = config.SMTP_HOST;
  if (!host) return null;
  // nodemailer loads with the first message rather than at start.
  const connect = async () => {
    const { default: nodemailer } = await import('nodemailer');
    return nodemailer.createTransport({
      host,
      port: config.SMTP_PORT,
      secure: config.SMTP_SECURE,
      ...(config.SMTP_USER ? { auth: { user: config.SMTP_USER, pass: config.SMTP_PASSWORD ?? '' } } : {}),
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 30_000,
    });
  };
  let transport: ReturnType<typeof connect> | undefined;
  return {
    async send(message) {
      await (await (transport ??= connect())).sendMail({ from: config.SMTP_FROM, to: message.to, subject: message.subject, text: message.text, ...(message.attachments ? { attachments: message.attachments } : {}) });
    },
    close: () => void transport?.then((open) => open.close(), () => undefined),
  };
}
