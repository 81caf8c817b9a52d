// The chat module's public surface: its routes, its reaction to domain events, its job, and the
// one-message send the automation rules use.
export type { ChatMessage } from './chat-message-format.ts';
export { POST_CHAT_JOB, postChatJob } from './post-chat-job.ts';
export {
  type ChatPostOutcome,
  type ChatSendConfig,
  postChatMessage,
} from './post-chat-message.ts';
export { postEventsToChat } from './post-events-to-chat.ts';
export { chatRoutes } from './routes.ts';
