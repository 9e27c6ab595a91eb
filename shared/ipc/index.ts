export * from './result';
export * from './channels';
export * from './schemas';
export * from './contract';
export * from './bridge';
export * from './backup-schemas';
