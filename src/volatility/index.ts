/**
 * Volatility: realised, EWMA and GARCH(1,1) estimates and forecasts, and the drag they imply.
 *
 * @module volatility
 */
export { realizedVolatility, rollingVolatility } from './realized.ts';
export type { RealizedVolatilityOptions, RollingVolatilityOptions } from './realized.ts';
export { ewmaVariance, ewmaState, stepEwma } from './ewma.ts';
export type { EwmaOptions, EwmaResult, EwmaStateOptions, EwmaState } from './ewma.ts';
export { garchFilter, garchState, stepGarch } from './garch-filter.ts';
export type { GarchFilterOptions, GarchFilterResult, GarchStateOptions, GarchState } from './garch-filter.ts';
export { garchFit } from './garch-fit.ts';
export type { GarchFit, GarchFitOptions, GarchParameters, GarchBoundary } from './garch-fit.ts';
export { garchForecast } from './garch-forecast.ts';
export type { GarchForecast, GarchForecastModel, GarchForecastOptions } from './garch-forecast.ts';
export { expectedDrag, dragHorizon } from './expected-drag.ts';
export type { ExpectedDragOptions, DragHorizonOptions } from './expected-drag.ts';
export { InverseMathError, isInverseMathError } from '../errors.ts';
export type { InverseMathErrorCode, InverseMathErrorDetails } from '../errors.ts';
