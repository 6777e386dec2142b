/** Mail: the outbox and its sender. Other modules import only this file. */
export { mailRoutes } from './mail.routes.ts';
export { MailSender } from './mail.sender.ts';
export { buildMailInsert, enqueueMail } from './mail.service.ts';
