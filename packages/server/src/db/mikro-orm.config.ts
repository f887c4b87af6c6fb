import 'reflect-metadata';
import { loadConfig } from '../config.js';
import { ormOptions } from './orm.js';

// For the MikroORM CLI (migration:create). The server itself never reads this file.
const url = process.env.DATABASE_URL ?? loadConfig().databaseUrl;
if (!url) throw new Error('Set DATABASE_URL to run the MikroORM CLI.');
export default ormOptions(url);
