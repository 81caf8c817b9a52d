// The recruitment module's public surface: its routes.
export { recruitmentRoutes } from './routes.ts';
export { seedRecruitmentDemo } from './seed-recruitment-demo.ts';
