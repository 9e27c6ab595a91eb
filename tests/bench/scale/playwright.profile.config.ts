import base from './playwright.scale.config';

// The scale workspace's CPU profile per claims view (see profile-longtasks.ts); not part of `npm run bench:scale`.
export default { ...base, testMatch: 'profile-longtasks.ts' };
