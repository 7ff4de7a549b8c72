import type { Catalog } from './index.js';

export const statusMessages: Catalog = {
};
