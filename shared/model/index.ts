export * from './source';
export * from './claim';
export * from './annotation';
export * from './briefing';
export * from './history';
export * from './workspace-file';
export * from './base64';
export * from './settings';
