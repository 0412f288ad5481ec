// Other features add to a request's detail (communications, documents, reply address) without the
// requests feature importing their internals: each registers one function here (one line each).
import type { AppContext } from '../../context';
import type { Actor } from '../accounts/actor';
import type { RequestRow } from './repository';
import { correspondenceDetail } from '../correspondence/detail';

export type DetailExtension = (ctx: AppContext, request: RequestRow, actor: Actor, canWrite: boolean) => Promise<Record<string, unknown>>;

export const detailExtensions: DetailExtension[] = [correspondenceDetail];
