import { ReturnsQuery } from '../../returns/dto/returns-query.dto.js';

/**
 * The window and options of a returns report: the same fields, validation and defaults as
 * GET /api/v1/portfolio/{customer_id}/returns, for every customer at once.
 */
export class CreateReturnsReportDto extends ReturnsQuery {}
