// Test-only: as register.mjs, but ./volatility and ./montecarlo export nothing.
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url, { data: { empty: true } });
