import { describe, expect, it } from "vitest";
import { KINDS, STATUSES as PROPOSAL_STATUSES } from "../../app/lib/changes/payloads";
import { ChangeKind, ProposalStatus, RequestStatus, RequestType } from "../../app/lib/db/generated/enums";
import {
  ChangeKind as PostgresChangeKind,
  ProposalStatus as PostgresProposalStatus,
  RequestStatus as PostgresRequestStatus,
  RequestType as PostgresRequestType,
} from "../../app/lib/db/generated-postgresql/enums";
import { STATUSES } from "../../app/lib/requests/status";
import { REQUEST_TYPES } from "../../app/lib/requests/types";

// The domain's lists are the source the code reads; the database's enums must hold exactly
// their values, or a value the code writes would be refused (PostgreSQL) or one it reads unknown.
describe("the database's enums and the domain's lists", () => {
  it.each([
    ["request statuses", STATUSES, RequestStatus, PostgresRequestStatus],
    ["request types", REQUEST_TYPES, RequestType, PostgresRequestType],
    ["change kinds", KINDS, ChangeKind, PostgresChangeKind],
    ["change proposal statuses", PROPOSAL_STATUSES, ProposalStatus, PostgresProposalStatus],
  ])("%s agree on both providers", (_, domain, sqlite, postgres) => {
    expect(Object.values(sqlite).toSorted()).toEqual([...domain].toSorted());
    expect(Object.values(postgres).toSorted()).toEqual([...domain].toSorted());
  });
});
