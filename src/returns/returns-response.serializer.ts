import { compileDtoSerializer } from '../common/json/dto-serializer.js';
import { ReturnsResponse } from './dto/returns.response.js';

/** The returns response as JSON text: compiled from ReturnsResponse, the same text as JSON.stringify. */
export const serializeReturnsResponse = compileDtoSerializer(ReturnsResponse);
