import type { Catalog } from './index.js';

export const diffMessages: Catalog = {
};
