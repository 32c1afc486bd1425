/**
 * Generated from the API's OpenAPI document by `npm run api:types`: do not edit by hand.
 */

export type paths = {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers (the database is checked by /readyz) */
        get: operations["getHealthz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: database reachable, migrations current, job queue reachable (503 otherwise) */
        get: operations["getReadyz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics: requests, latency, database pool, job queue, report cache, process */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in: sets a session cookie and returns the CSRF token */
        post: operations["postAuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: ends the session */
        post: operations["postAuthLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is calling */
        get: operations["getAuthMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change one’s own password */
        post: operations["postAuthPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List users */
        get: operations["getUsers"];
        put?: never;
        /** Add a user; without a password, a one-time password is returned once */
        post: operations["postUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Disable or enable a user, or change their role */
        patch: operations["patchUsersById"];
        trace?: never;
    };
    "/api/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List API tokens (never their secrets) */
        get: operations["getTokens"];
        put?: never;
        /** Create an API token; the secret is shown in this answer only */
        post: operations["postTokens"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API token */
        delete: operations["deleteTokensById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** States, organisations and groups */
        get: operations["getParties"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parties/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One party */
        get: operations["getPartiesByCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** GDP and defence expenditure by party and year */
        get: operations["getIndicators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fx/convert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Convert an amount at the ECB rate of a value date */
        get: operations["getFxConvert"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange-rates/{currency}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Daily ECB rates of a currency (units per euro) and their exact mean */
        get: operations["getExchangeRatesByCurrency"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange-rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ECB rates held, per currency: first and last rate date and the number of days (amounts dated later cannot be converted) */
        get: operations["getExchangeRates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/commitments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Commitments, filtered, sorted and paged */
        get: operations["getCommitments"];
        put?: never;
        /** Record a commitment (its events, if given, are checked against the pipeline rules) */
        post: operations["postCommitments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/commitments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One commitment, with its pipeline state (as of a date if asked) */
        get: operations["getCommitmentsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a commitment; refused with 409 if it changed since `version` (412 with If-Match) */
        patch: operations["patchCommitmentsById"];
        trace?: never;
    };
    "/api/v1/commitments/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a pipeline event: status change, (partial) delivery, suspension, resumption, correction */
        post: operations["postCommitmentsByIdEvents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/commitments/{id}/declared-values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record the donor's declared value of an in-kind line (a valuation basis of the reports) */
        put: operations["putCommitmentsByIdDeclaredValues"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/packages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pooled packages (PURL) with their funders, filtered and paged */
        get: operations["getPackages"];
        put?: never;
        /** Record a package */
        post: operations["postPackages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/packages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One package */
        get: operations["getPackagesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a package; refused with 409 if it changed since `version` (412 with If-Match) */
        patch: operations["patchPackagesById"];
        trace?: never;
    };
    "/api/v1/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Meetings: contact-group sessions, summits…, filtered and paged */
        get: operations["getMeetings"];
        put?: never;
        /** Record a meeting */
        post: operations["postMeetings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One meeting */
        get: operations["getMeetingsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a meeting; refused with 409 if it changed since `version` (412 with If-Match) */
        patch: operations["patchMeetingsById"];
        trace?: never;
    };
    "/api/v1/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Claims: reported figures with their sources, filtered and paged */
        get: operations["getClaims"];
        put?: never;
        /** Record a claim */
        post: operations["postClaims"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One claim */
        get: operations["getClaimsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a claim; refused with 409 if it changed since `version` (412 with If-Match) */
        patch: operations["patchClaimsById"];
        trace?: never;
    };
    "/api/v1/equipment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Equipment types of the catalogue, filtered and paged */
        get: operations["getEquipment"];
        put?: never;
        /** Record a equipment */
        post: operations["postEquipment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/equipment/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One equipment */
        get: operations["getEquipmentById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a equipment; refused with 409 if it changed since `version` (412 with If-Match) */
        patch: operations["patchEquipmentById"];
        trace?: never;
    };
    "/api/v1/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Defence-spending targets, filtered and paged */
        get: operations["getTargets"];
        put?: never;
        /** Record a target */
        post: operations["postTargets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/targets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One target */
        get: operations["getTargetsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a target; refused with 409 if it changed since `version` (412 with If-Match) */
        patch: operations["patchTargetsById"];
        trace?: never;
    };
    "/api/v1/audit/{seq}/revert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reverse one recorded change as a new change (an update, or a pipeline event) */
        post: operations["postAuditBySeqRevert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sources the ledger cites (articles, statements, data sets) */
        get: operations["getSources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One source */
        get: operations["getSourcesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sources/{id}/text": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A source with its stored text (when the caller may read it) and the evidence spans of the records citing it */
        get: operations["getSourcesByIdText"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit trail, newest first */
        get: operations["getAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/burden": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Burden sharing per donor: committed and delivered value, share, % of GDP, counting rules */
        get: operations["getReportsBurden"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reported totals side by side, conflicting claims first, with their sources */
        get: operations["getReportsClaims"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** NATO members' defence expenditure against 2 %, 3.5 % and 5 % of GDP for one year */
        get: operations["getReportsTargets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/pipeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The pipeline on a date: counts and values by status and donor, suspensions, overdue commitments */
        get: operations["getReportsPipeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/follow-through": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per meeting: the commitments announced there and how much has since been committed, contracted and delivered */
        get: operations["getReportsFollowThrough"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/fair-share": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each donor's contribution in a year against Ukraine's ask, its GDP share and its NATO spending */
        get: operations["getReportsFairShare"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/value-over-time": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Aid value per month and mode of giving: committed (month of announcement) and delivered (month of delivery), monthly and cumulative */
        get: operations["getReportsValueOverTime"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/equipment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Equipment given as aid, by catalogue system and category: quantities committed and delivered, commitments and donors */
        get: operations["getReportsEquipment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/freshness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The dates every page names: the last change to a record the caller may see, and the last ECB exchange-rate day */
        get: operations["getFreshness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/extract": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Extract facts from an article without storing anything */
        post: operations["postExtract"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sources/ingest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Store an article as a source and queue its facts for review (202 and a job when asked to respond async) */
        post: operations["postSourcesIngest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The review queue */
        get: operations["getReview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/review/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One candidate with its evidence */
        get: operations["getReviewById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/review/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept a candidate as a new record; `edits` override extracted fields */
        post: operations["postReviewByIdAccept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/review/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merge a candidate into an existing commitment as further evidence */
        post: operations["postReviewByIdMerge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/review/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a candidate */
        post: operations["postReviewByIdReject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requirements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Requirements lists */
        get: operations["getRequirements"];
        put?: never;
        /** Import a requirements list: a new edition when it differs from the current one */
        post: operations["postRequirements"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requirements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A requirements list at its current or an earlier edition, as JSON or CSV */
        get: operations["getRequirementsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requirements/{id}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What changed between two editions of a list */
        get: operations["getRequirementsByIdDiff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requirements/{id}/items/{key}/links/{commitment}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Link a commitment (or one of its lines) to a requirement */
        put: operations["putRequirementsByIdItemsByKeyLinksByCommitment"];
        post?: never;
        /** Remove the link between a commitment and a requirement */
        delete: operations["deleteRequirementsByIdItemsByKeyLinksByCommitment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Coverage of a requirements list by pipeline state, gaps, and suggested links */
        get: operations["getReportsCoverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Policy events, due dates and meetings by date */
        get: operations["getTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Officials and the offices they held, with sources */
        get: operations["getPeople"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check the names in a text against the registry of officials on a date */
        post: operations["postPeopleCheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/review/{id}/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Name flags of a review candidate's source (or of a source id), beside the candidate */
        get: operations["getReviewByIdPeople"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/brief": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Briefing pack of a meeting as JSON, Markdown or PDF
         * @description The JSON form says what each line is by id, for the client to word. The Markdown and PDF forms are worded by the server in English or French: the `lang` query parameter chooses, else the `Accept-Language` header; the answer names its language in `Content-Language`.
         */
        get: operations["getMeetingsByIdBrief"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The meeting page: the meeting, its attendance and decisions, and the commitments announced there */
        get: operations["getMeetingsByIdRecord"];
        /** Record attendance (with substitutes), decisions and announcements (as commitments) of a meeting */
        put: operations["putMeetingsByIdRecord"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/next": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The next contact-group session suggested from the median interval of past sessions */
        get: operations["getMeetingsNext"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Meetings as an iCalendar feed (RFC 5545) */
        get: operations["getCalendarIcs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/editions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Imported editions of external data sets (Kiel UST releases), with files, hashes and attribution */
        get: operations["getEditions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/editions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An edition: donor table, totals and the edition's own checks, as JSON or CSV */
        get: operations["getEditionsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/editions/{id}/diff/{other}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What changed from one edition to another, per donor and aid type */
        get: operations["getEditionsByIdDiffByOther"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/editions/latest/reconciliation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ramstein's ledger beside the latest release of a data set (by publication date) */
        get: operations["getEditionsLatestReconciliation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/editions/{id}/reconciliation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ramstein's ledger beside an edition, donor by donor, with the reasons the figures differ */
        get: operations["getEditionsByIdReconciliation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/export/iati": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ledger as an IATI 2.03 activities document (one activity per commitment and pooled package); with `Prefer: respond-async`, 202 and a job whose output is the document */
        get: operations["getExportIati"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/export/ledger.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ledger as `ramstein export --format json` writes it (docs/interchange.md), of every record kind the caller may see, written while it is read; the filters of the ledger list choose the commitments. With `Prefer: respond-async`, 202 and a job whose output is the whole document */
        get: operations["getExportLedgerJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/export/ledger.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ledger as an XLSX workbook, one sheet per table (docs/interchange.md), of every record kind the caller may see */
        get: operations["getExportLedgerXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/export/tables/{table}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One table of the CSV export (commitments, requirements, edition_figures…) of what the caller may see */
        get: operations["getExportTablesByTable"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search commitments, parties, equipment and meetings the caller may see */
        get: operations["getSearch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Jobs, newest first: your own, or every job for administrators and coordinators */
        get: operations["getJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A job's state, progress, attempts and result */
        get: operations["getJobsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{id}/output": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The file a finished export job wrote (JSON or IATI XML) */
        get: operations["getJobsByIdOutput"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Queues a failed job again, with a fresh allowance of attempts */
        post: operations["postJobsByIdRetry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Imports a ledger document: atomic and idempotent (202 and a job when asked to respond async) */
        post: operations["postImportsLedger"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/editions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Imports a data set's release as an edition (202 and a job when asked to respond async) */
        post: operations["postImportsEditions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ledger/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a ledger document: atomic (one bad record imports nothing) and idempotent (unchanged records are not written) */
        post: operations["postLedgerImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recompute the audit trail's hash chain and compare it with the last checkpoint published in the server's data folder */
        get: operations["getAuditVerify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        ApiToken: {
            id: string;
            name: string;
            /** @enum {string} */
            role: "admin" | "coordinator" | "representative" | "analyst";
            party: string | null;
            created_by: string;
            created_at: string;
            expires_at: string | null;
            revoked_at: string | null;
            last_used_at: string | null;
        };
        AuditEvent: {
            /** @description Position in the hash chain */
            seq: string;
            at: string;
            actor: string;
            /** @description e.g. commitment.create, commitment.event.delivery, ledger.import */
            action: string;
            record_type: string;
            record_id: string;
            /** @description The HTTP request that made the change */
            request_id: string | null;
            before: unknown;
            after: unknown;
            /** @description The hash of the event before it; `hash` covers it, which chains the trail */
            prev_hash: string;
            hash: string;
        };
        AuditVerification: {
            ok: boolean;
            checked: number;
            broken: {
                seq: string;
                reason: string;
            } | null;
            lastHash: string;
            checkpoint: {
                seq: string;
                at: string;
            } | null;
            /** @description Records the caller may see that were changed in the database without an audit event */
            unaudited: {
                record_type: string;
                record_id: string;
                reason: string;
            }[];
            /** @description How many records the caller may not see were changed without an audit event */
            unaudited_elsewhere: number;
        };
        BriefingPack: {
            /** @description The highest visibility of the records the pack draws on: whether it may leave the room */
            marking: {
                /** @enum {string} */
                level: "public" | "coalition" | "restricted";
                /** @description Owners of the restricted records it holds; empty below restricted */
                parties: string[];
            };
            meeting: {
                id: string;
                /** @enum {string} */
                kind: "udcg" | "nato_summit" | "nato_ministerial" | "bilateral" | "conference";
                number: number | null;
                date: string;
                /** @enum {string} */
                status: "planned" | "held" | "cancelled";
                place: string | null;
                format: ("in_person" | "virtual" | "hybrid") | null;
                notes: string | null;
            };
            previous: {
                id: string;
                date: string;
            } | null;
            next: {
                id: string;
                date: string;
                /** @enum {string} */
                status: "planned" | "held" | "cancelled";
            } | null;
            suggested_next: components["schemas"]["SuggestedSession"] | null;
            since: string;
            until: string;
            announced: {
                id: string;
                donor: string;
                announced_on: string | null;
                at_this_meeting: boolean;
                /** @description Quantities and equipment ids, e.g. "2 patriot, 50 gepard" (see lines for each one) */
                items: string;
                /** @description The equipment lines, as the briefing pack words them */
                lines: {
                    equipment: string | null;
                    category: string | null;
                    /** @description Null when the quantity is not known */
                    quantity: number | null;
                    quantity_qualifier: ("exact" | "about" | "at_least" | "at_most" | "vague") | null;
                    /** @description The catalogue's short name of the equipment, if catalogued */
                    name: string | null;
                    /** @description The catalogue's unit of the equipment, if catalogued */
                    unit: string | null;
                }[];
                money: {
                    amount: string | null;
                    currency: string;
                    /** @enum {string} */
                    qualifier: "exact" | "about" | "at_least" | "at_most" | "vague";
                } | null;
            }[];
            /** @description What became of the previous meeting's pledges by this one (EUR) */
            follow_through: {
                meeting: string;
                as_of: string;
                commitments: number;
                announced: string;
                committed: string;
                committed_pct: string | null;
                contracted: string;
                contracted_pct: string | null;
                delivered: string;
                delivered_pct: string | null;
                cancelled: number;
                estimated: boolean;
            } | null;
            overdue: {
                id: string;
                donor: string;
                /** @enum {string} */
                status: "announced" | "committed" | "contracted" | "delivering" | "delivered" | "cancelled";
                planned_on: string;
                days_late: number;
                /** @description Quantities and equipment ids, e.g. "2 patriot, 50 gepard" (see lines for each one) */
                items: string;
                /** @description The equipment lines, as the briefing pack words them */
                lines: {
                    equipment: string | null;
                    category: string | null;
                    /** @description Null when the quantity is not known */
                    quantity: number | null;
                    quantity_qualifier: ("exact" | "about" | "at_least" | "at_most" | "vague") | null;
                    /** @description The catalogue's short name of the equipment, if catalogued */
                    name: string | null;
                    /** @description The catalogue's unit of the equipment, if catalogued */
                    unit: string | null;
                }[];
            }[];
            uncovered: {
                list: string;
                key: string;
                capability: string;
                what: string | null;
                priority: number;
                quantity: number | null;
                unit: string | null;
                covered: {
                    pledged: number;
                    contracted: number;
                    delivered: number;
                };
                gap: number | null;
                needed_by: string | null;
                /** @enum {string} */
                visibility: "public" | "coalition" | "restricted";
                owner_party: string | null;
            }[];
            conflicts: {
                subject: string;
                currency: string;
                claims: {
                    id: string;
                    amount: string;
                    as_of: string;
                    claimed_by: string | null;
                }[];
            }[];
            due: components["schemas"]["TimelineEntry"][];
            chairs: {
                party: string;
                person: string | null;
                title: string | null;
            }[];
            participants: {
                parties: string[];
                count: number | null;
                qualifier: ("exact" | "about" | "at_least" | "at_most" | "vague") | null;
                substitutions: {
                    party: string;
                    expected_role?: string | null;
                    attended_by?: string | null;
                }[];
                attendance: {
                    party: string;
                    person?: string | null;
                    role?: string | null;
                    substitute_for?: string | null;
                }[];
                decisions: string[];
            };
            sources: string[];
        };
        BurdenReport: {
            /** @enum {string} */
            currency: "EUR" | "USD";
            recipient: string;
            from: string | null;
            to: string | null;
            as_of: string | null;
            /** @enum {string} */
            gdp_year: "2021" | "same";
            /**
             * @description The valuation basis of every value in the report
             * @enum {string}
             */
            valuation: "record" | "catalogue" | "kiel" | "declared";
            donors: {
                donor: string;
                committed: {
                    /** @description Major units, exact decimal string */
                    amount: string;
                    /** @description Integer minor units */
                    amount_minor: string;
                };
                delivered: {
                    /** @description Major units, exact decimal string */
                    amount: string;
                    /** @description Integer minor units */
                    amount_minor: string;
                };
                /** @description The part of committed valued from catalogue unit values */
                estimated: {
                    /** @description Major units, exact decimal string */
                    amount: string;
                    /** @description Integer minor units */
                    amount_minor: string;
                };
                /** @description estimated as a percentage of committed */
                estimated_pct: string | null;
                /** @description The part of delivered valued from catalogue unit values */
                delivered_estimated: {
                    /** @description Major units, exact decimal string */
                    amount: string;
                    /** @description Integer minor units */
                    amount_minor: string;
                };
                /** @description delivered_estimated as a percentage of delivered */
                delivered_estimated_pct: string | null;
                /** @description Share of the total committed; the column adds up to 100 */
                share_pct: string | null;
                /** @description Committed value in USD as % of GDP, 4 decimals */
                gdp_pct: string | null;
                gdp_years: number[];
                /** @description The latest available GDP stood in for a missing year */
                gdp_fallback: boolean;
                /** @description Committed value per inhabitant (the latest World Bank population); null when the donor's population is not loaded */
                per_capita: {
                    /** @description Major units, exact decimal string */
                    amount: string;
                    /** @description Integer minor units */
                    amount_minor: string;
                } | null;
                counts: {
                    /** @description Commitments valued from their own money */
                    recorded: number;
                    /** @description In-kind commitments valued from catalogue unit values */
                    estimated: number;
                    /** @description Pooled shares not linked to a commitment */
                    package_shares: number;
                    /** @description Commitments with a vague amount: counted, not summed */
                    vague: number;
                    /** @description Commitments with neither money nor a catalogue value */
                    unvalued: number;
                    /** @description Amounts without a value date or an ECB rate near it */
                    unconvertible: number;
                };
                /** @description Commitments where this party is a co-donor (money counted for the lead) */
                co_donor_in: number;
                /** @description The committed value on every valuation basis, with the lowest and highest, when it includes estimates */
                range: {
                    low: {
                        /** @description Major units, exact decimal string */
                        amount: string;
                        /** @description Integer minor units */
                        amount_minor: string;
                    };
                    high: {
                        /** @description Major units, exact decimal string */
                        amount: string;
                        /** @description Integer minor units */
                        amount_minor: string;
                    };
                    by_basis: {
                        [key: string]: {
                            /** @description Major units, exact decimal string */
                            amount: string;
                            /** @description Integer minor units */
                            amount_minor: string;
                        };
                    };
                } | null;
            }[];
            totals: {
                committed: {
                    /** @description Major units, exact decimal string */
                    amount: string;
                    /** @description Integer minor units */
                    amount_minor: string;
                };
                delivered: {
                    /** @description Major units, exact decimal string */
                    amount: string;
                    /** @description Integer minor units */
                    amount_minor: string;
                };
                /** @description The part of committed valued from catalogue unit values */
                estimated: {
                    /** @description Major units, exact decimal string */
                    amount: string;
                    /** @description Integer minor units */
                    amount_minor: string;
                };
                /** @description estimated as a percentage of committed */
                estimated_pct: string | null;
                /** @description The part of delivered valued from catalogue unit values */
                delivered_estimated: {
                    /** @description Major units, exact decimal string */
                    amount: string;
                    /** @description Integer minor units */
                    amount_minor: string;
                };
                /** @description delivered_estimated as a percentage of delivered */
                delivered_estimated_pct: string | null;
                counts: {
                    /** @description Commitments valued from their own money */
                    recorded: number;
                    /** @description In-kind commitments valued from catalogue unit values */
                    estimated: number;
                    /** @description Pooled shares not linked to a commitment */
                    package_shares: number;
                    /** @description Commitments with a vague amount: counted, not summed */
                    vague: number;
                    /** @description Commitments with neither money nor a catalogue value */
                    unvalued: number;
                    /** @description Amounts without a value date or an ECB rate near it */
                    unconvertible: number;
                };
                /** @description The committed value on every valuation basis, with the lowest and highest, when it includes estimates */
                range: {
                    low: {
                        /** @description Major units, exact decimal string */
                        amount: string;
                        /** @description Integer minor units */
                        amount_minor: string;
                    };
                    high: {
                        /** @description Major units, exact decimal string */
                        amount: string;
                        /** @description Integer minor units */
                        amount_minor: string;
                    };
                    by_basis: {
                        [key: string]: {
                            /** @description Major units, exact decimal string */
                            amount: string;
                            /** @description Integer minor units */
                            amount_minor: string;
                        };
                    };
                } | null;
            };
            /** @description The committed total by pipeline stage, adding up to it: delivered is the delivered total; each other stage the undelivered value of the commitments at that status */
            stages: {
                /** @enum {string} */
                stage: "announced" | "committed" | "contracted" | "delivering" | "delivered" | "cancelled";
                /** @description Commitments and pooled shares at this status */
                count: number;
                value: {
                    /** @description Major units, exact decimal string */
                    amount: string;
                    /** @description Integer minor units */
                    amount_minor: string;
                };
                /** @description The part of the value estimated from catalogue unit values */
                estimated: {
                    /** @description Major units, exact decimal string */
                    amount: string;
                    /** @description Integer minor units */
                    amount_minor: string;
                };
                /** @description Percent, one decimal; null when the total is zero */
                estimated_pct: string | null;
            }[];
            /** @description The Kiel edition whose heavy weapons give the kiel valuation basis (the latest published by the report date); null when none is imported (the basis then falls back to record values) or when the report values no commitment */
            kiel_edition: {
                id: string;
                title: string;
                release: string;
                cut_off: string | null;
                published_on: string;
                attribution: string;
            } | null;
            conversion: components["schemas"]["ReportConversion"];
            /** @description The counting rules in English */
            rules: string[];
            /** @description The same rules by id, in the same order, for clients that word them in their language */
            rule_ids: ("aid-only" | "pooled-to-funders" | "co-donors-once" | "value-date-rate" | "catalogue-estimate" | "vague-counted" | "delivered-share" | "pipeline-stages" | "valuation-basis" | "valuation-range")[];
            /** @description Notes on what the figures hold, in English */
            notes: string[];
            /** @description The same notes by id with their figures, for clients that word them */
            note_ids: components["schemas"]["ReportNote"][];
        };
        Candidate: {
            id: string;
            source_id: string;
            /** @enum {string} */
            status: "pending" | "accepted" | "merged" | "rejected";
            fact: components["schemas"]["Fact"];
            /** @description How sure the extractor was that the text states the fact */
            confidence: number;
            /** @description Why the fact was proposed: the extraction rule and its trigger words */
            cue: string | null;
            evidence_text: string | null;
            proposed_merge: string | null;
            conflicts: {
                /** @description The ledger commitment the fact matched */
                record: string;
                /** @enum {string} */
                field: "quantity" | "money";
                recorded: string;
                extracted: string;
            }[];
            decision_note: string | null;
            decided_by: string | null;
            result: string | null;
        };
        Claim: {
            id: string;
            subject: string;
            party: string | null;
            measure: string | null;
            amount: string | null;
            amount_minor: string | null;
            currency: string | null;
            qualifier: ("exact" | "about" | "at_least" | "at_most" | "vague") | null;
            amount_alt: {
                amount: string | null;
                currency: string;
                /** @enum {string} */
                qualifier: "exact" | "about" | "at_least" | "at_most" | "vague";
                label?: string;
            }[];
            as_of: string | null;
            claimed_by: string | null;
            note: string | null;
            sources: {
                id: string;
                url: string | null;
                publisher: string | null;
                evidence: {
                    start: number;
                    end: number;
                } | null;
                quote: string | null;
            }[];
            confidence: ("high" | "medium" | "low") | null;
            /** @enum {string} */
            visibility: "public" | "coalition" | "restricted";
            owner_party: string | null;
            version: number;
            created_at: string;
            updated_at: string;
        };
        ClaimsReport: {
            conflicts: {
                subject: string;
                party: string | null;
                measure: string | null;
                claims: {
                    id: string;
                    /** @description Major units, exact decimal string; null when vague */
                    amount: string | null;
                    amount_minor: string | null;
                    currency: string | null;
                    /** @description exact, about, at_least, at_most or vague */
                    qualifier: string | null;
                    /** @description The amount in EUR at the as-of date, used to compare claims in different currencies */
                    amount_eur: string | null;
                    as_of: string | null;
                    claimed_by: string | null;
                    /** @description Source URLs */
                    sources: string[];
                }[];
                pairs: {
                    a: string;
                    b: string;
                    days_apart: number;
                }[];
            }[];
            /** @description Claims in no conflict, by subject, party and measure */
            others: {
                subject: string;
                party: string | null;
                measure: string | null;
                claims: {
                    id: string;
                    /** @description Major units, exact decimal string; null when vague */
                    amount: string | null;
                    amount_minor: string | null;
                    currency: string | null;
                    /** @description exact, about, at_least, at_most or vague */
                    qualifier: string | null;
                    /** @description The amount in EUR at the as-of date, used to compare claims in different currencies */
                    amount_eur: string | null;
                    as_of: string | null;
                    claimed_by: string | null;
                    /** @description Source URLs */
                    sources: string[];
                }[];
            }[];
            counts: {
                claims: number;
                in_conflict: number;
                conflicts: number;
            };
            conversion: components["schemas"]["ReportConversion"];
            rules: string[];
            /** @description Notes on what the figures hold, in English */
            notes: string[];
            /** @description The same notes by id with their figures, for clients that word them */
            note_ids: components["schemas"]["ReportNote"][];
        };
        Commitment: {
            id: string;
            donor: string;
            co_donors: string[];
            recipient: string;
            mode: ("donation" | "funded_purchase" | "pooled" | "industry" | "financial" | "sale") | null;
            supplier: string | null;
            supplier_party: string | null;
            package: string | null;
            items: {
                line: number;
                equipment: string | null;
                category: string | null;
                quantity: number | null;
                quantity_qualifier: ("exact" | "about" | "at_least" | "at_most" | "vague") | null;
                /** @description Delivered on the date of the state */
                delivered: number;
            }[];
            money: {
                /** @description Major units, exact decimal; null when the source is vague */
                amount: string | null;
                /** @description Integer minor units */
                amount_minor: string | null;
                currency: string;
                /** @enum {string} */
                qualifier: "exact" | "about" | "at_least" | "at_most" | "vague";
                /** @description Date at which the amount is valued (for conversion) */
                value_date?: string | null;
            } | null;
            money_alt: {
                amount: string | null;
                currency: string;
                /** @enum {string} */
                qualifier: "exact" | "about" | "at_least" | "at_most" | "vague";
                label?: string;
            }[];
            announced_on: string | null;
            announced_at: string | null;
            replenishes: string | null;
            /** @description False for sales and replenishments, which never count as aid */
            is_aid: boolean;
            state: {
                /** @enum {string} */
                status: "announced" | "committed" | "contracted" | "delivering" | "delivered" | "cancelled";
                as_of: string | null;
                suspended: {
                    since: string;
                    until: string | null;
                } | null;
                planned_on: string | null;
                last_event_on: string | null;
            };
            events: {
                seq: number;
                /** @enum {string} */
                kind: "status" | "delivery" | "suspension" | "resumption" | "correction";
                status: ("announced" | "committed" | "contracted" | "delivering" | "delivered" | "cancelled") | null;
                date: string;
                planned_on: string | null;
                line: number | null;
                quantity: number | null;
                increase: boolean;
                until: string | null;
                corrects: number | null;
                /** @description URL (or id) of the source */
                source: string | null;
                note: string | null;
            }[];
            sources: {
                id: string;
                url: string | null;
                publisher: string | null;
                evidence: {
                    start: number;
                    end: number;
                } | null;
                quote: string | null;
            }[];
            confidence: string | null;
            note: string | null;
            /** @enum {string} */
            visibility: "public" | "coalition" | "restricted";
            owner_party: string;
            version: number;
            created_at: string;
            updated_at: string;
            /** @description In lists: the money in EUR at the ECB rate of its value date (major units); null when it has no money or no rate */
            value_eur?: string | null;
        };
        Conversion: {
            from: components["schemas"]["Money"];
            to: components["schemas"]["Money"];
            /** @description Units of the target currency per unit of the source, 10 decimals */
            rate: string;
            /** @description The exact rate as a fraction num/den */
            rate_exact: string;
            /** @description Publication day of the ECB rates used: the last on or before the value date */
            rate_date: string;
            /** @enum {string} */
            rounding: "half_even" | "half_up" | "down";
            source: string;
        };
        CoverageReport: {
            list: {
                id: string;
                title: string;
                recipient: string;
                edition: number;
            };
            as_of: string | null;
            /** @description How coverage is counted, in English */
            rules: string[];
            /** @description The same rules by id, in the same order, for clients that word them in their language */
            rule_ids: components["schemas"]["ReportRuleId"][];
            requirements: {
                key: string;
                capability: string;
                equipment: string | null;
                category: string | null;
                quantity: number | null;
                unit: string | null;
                priority: number;
                needed_by: string | null;
                /** @enum {string} */
                status: "open" | "covered" | "withdrawn";
                notes: string | null;
                /** @enum {string} */
                visibility: "public" | "coalition" | "restricted";
                /** @description Units of the requirement covered, per pipeline bucket */
                covered: {
                    pledged: number;
                    contracted: number;
                    delivered: number;
                };
                /** @description Money counted, per bucket, one entry per currency */
                value: {
                    pledged: {
                        /** @description Major units, exact decimal */
                        amount: string;
                        currency: string;
                    }[];
                    contracted: {
                        /** @description Major units, exact decimal */
                        amount: string;
                        currency: string;
                    }[];
                    delivered: {
                        /** @description Major units, exact decimal */
                        amount: string;
                        currency: string;
                    }[];
                };
                unquantified_links: number;
                gap: number | null;
                percent: number | null;
                uncovered: boolean;
                commitments: {
                    id: string;
                    donor: string;
                    /** @enum {string} */
                    status: "announced" | "committed" | "contracted" | "delivering" | "delivered" | "cancelled";
                    quantity: number | null;
                    delivered: number;
                    money: {
                        /** @description Major units, exact decimal */
                        amount: string;
                        currency: string;
                    } | null;
                }[];
            }[];
            suggestions: {
                key: string;
                commitment: string;
                donor: string;
                /** @enum {string} */
                status: "announced" | "committed" | "contracted" | "delivering" | "delivered" | "cancelled";
                announced_on: string | null;
                /**
                 * @description Why it is suggested: a line of the same equipment, or of the same category
                 * @enum {string}
                 */
                reason_id: "same-equipment" | "same-category";
                /** @description The equipment id (`equipment`) or the category (`category`) the lines share */
                reason_params: {
                    [key: string]: string;
                };
                /** @description The same reason in English */
                reason: string;
            }[];
        };
        DeclaredValue: {
            commitment: string;
            line: number;
            amount: string;
            amount_minor: string;
            currency: string;
            value_date: string | null;
            declared_by: string;
            source: string | null;
            version: number;
        };
        Edition: {
            /** @description kiel-ust-r28: data set and release */
            id: string;
            dataset: string;
            publisher: string;
            title: string;
            release: string;
            /** @description The file layout the release was read with */
            layout: string;
            /** @description Data through this date */
            cut_off: string | null;
            published_on: string;
            /** @description "stated", or how the publication date was inferred */
            published_basis: string;
            /** @description Cite as; shown wherever the figures are */
            attribution: string;
            url: string | null;
            content_sha256: string;
            imported_at: string;
            imported_by: string;
            files: {
                name: string;
                sha256: string;
                row_count: number;
            }[];
        };
        EditionDiff: {
            from: components["schemas"]["Edition"];
            to: components["schemas"]["Edition"];
            rows: {
                party_code: string;
                donor_name: string;
                series: string;
                from_minor: string | null;
                to_minor: string | null;
                change_minor: string | null;
                /** @enum {string} */
                status: "revised" | "unchanged" | "only_in_from" | "only_in_to";
            }[];
        };
        EditionView: {
            edition: components["schemas"]["Edition"];
            donors: {
                party_code: string;
                donor_name: string;
                values: {
                    "allocation.military": string | null;
                    "allocation.financial": string | null;
                    "allocation.humanitarian": string | null;
                    "allocation.total": string | null;
                    "commitment.total": string | null;
                };
            }[];
            totals: {
                [key: string]: string | null;
            };
            checks: {
                /** @description Row-level activities summed per donor against the country table (EUR 5 m tolerance) */
                rows_vs_table: {
                    party_code: string;
                    donor_name: string;
                    rows_minor: string | null;
                    table_minor: string | null;
                    difference_minor: string | null;
                    /** @enum {string} */
                    status: "reconciled" | "unreconciled" | "only_in_rows" | "only_in_table";
                }[] | null;
                months_vs_totals: {
                    period: string;
                    /** @description EUR cents, integer as a decimal string */
                    sum_minor: string;
                    published_minor: string | null;
                    difference_minor: string | null;
                }[] | null;
                channels: {
                    channel: string;
                    /** @description EUR cents, integer as a decimal string */
                    total_minor: string;
                    by_year: {
                        year: number;
                        /** @description EUR cents, integer as a decimal string */
                        amount_minor: string;
                    }[];
                }[] | null;
            };
        };
        EquipmentReport: {
            recipient: string;
            category: string | null;
            categories: {
                category: string;
                /** @description Catalogue systems given in this category */
                systems: number;
                lines: number;
                donors: string[];
            }[];
            systems: {
                /** @description Catalogue id; null for lines that name a category only */
                equipment: string | null;
                name: string | null;
                category: string;
                unit: string | null;
                /** @description Commitments with a line of this system, cancelled ones left out */
                commitments: number;
                lines: number;
                /** @description Committed quantity (raised by deliveries marked as increases) */
                committed: string;
                /** @description Delivered quantity, never above the committed one, line by line */
                delivered: string;
                /** @description Lines without a quantity: counted, not summed */
                unquantified: number;
                /** @description Lines with an approximate quantity (about, at least, at most) */
                approximate: number;
                /** @description Cancelled commitments, left out of every other figure */
                cancelled: number;
                donors: string[];
            }[];
        };
        EquipmentType: {
            id: string;
            name: string;
            aliases: {
                [key: string]: string[];
            };
            category: string;
            unit: string;
            origin: string | null;
            manufacturer: string | null;
            indicative_unit_value: {
                amount: string;
                currency: string;
                year: number | null;
                source: string | null;
                /** @enum {string} */
                qualifier?: "exact" | "about" | "at_least" | "at_most" | "vague";
                basis?: string;
            } | null;
            sources: {
                id: string;
                url: string | null;
                publisher: string | null;
                evidence: {
                    start: number;
                    end: number;
                } | null;
                quote: string | null;
            }[];
            note: string | null;
            version: number;
            created_at: string;
            updated_at: string;
        };
        /** @description An extracted fact, as `ramstein extract` prints it (DESIGN §6.1) */
        Fact: {
            doc: string;
            /** @enum {string} */
            type: "commitment" | "total" | "meeting" | "target" | "deadline";
            donor: string | null;
            recipient: string | null;
            supplier: string | null;
            mode: ("donation" | "funded_purchase" | "pooled" | "industry" | "financial" | "sale") | null;
            item: string | null;
            category: string | null;
            quantity: {
                value: number | null;
                /** @enum {string} */
                qualifier: "exact" | "about" | "at_least" | "at_most" | "vague";
            } | null;
            money: {
                /** @description Major units; null when the text gives no figure */
                amount: number | null;
                /** @description ISO 4217; null when the text names an ambiguous currency */
                currency: string | null;
                /** @enum {string} */
                qualifier: "exact" | "about" | "at_least" | "at_most" | "vague";
            } | null;
            money_alt: {
                /** @description Major units; null when the text gives no figure */
                amount: number | null;
                /** @description ISO 4217; null when the text names an ambiguous currency */
                currency: string | null;
                /** @enum {string} */
                qualifier: "exact" | "about" | "at_least" | "at_most" | "vague";
            }[];
            date: {
                value: string;
                /** @enum {string} */
                granularity: "day" | "month" | "year";
            } | null;
            place: string | null;
            country: string | null;
            participants: string[];
            kind: ("udcg" | "nato_summit" | "nato_ministerial" | "bilateral" | "conference") | null;
            value: number | null;
            components: number[];
            previous: number | null;
            status: ("reported" | "conditional" | "planned" | "approved" | "delivered") | null;
            /** @description Character offsets of the words that state the fact */
            evidence: {
                start: number;
                end: number;
            };
            mentions: {
                start: number;
                end: number;
            }[];
            confidence: number;
            /** @description The extraction rule and its trigger words; absent from facts queued before cues were kept */
            cue?: string | null;
        };
        FairShareReport: {
            year: number;
            /** @description ledger, or the id of the edition whose allocations are the contributions */
            basis: string;
            /** @description The edition behind the contributions under an edition basis; null under ledger */
            edition: {
                id: string;
                title: string;
                release: string;
                cut_off: string | null;
                published_on: string;
                attribution: string;
            } | null;
            /** @enum {string} */
            valuation: "record" | "catalogue" | "kiel" | "declared";
            /** @constant */
            currency: "EUR";
            benchmark: {
                id: string;
                name: string;
                pct_gdp: string;
                agreed_at: string | null;
                agreed_on: string | null;
                sources: string[];
            };
            donors: {
                donor: string;
                contribution: {
                    /** @description EUR, exact decimal string */
                    amount: string;
                    /** @description Integer minor units (cents) */
                    amount_minor: string;
                };
                estimated: {
                    /** @description EUR, exact decimal string */
                    amount: string;
                    /** @description Integer minor units (cents) */
                    amount_minor: string;
                };
                /** @description The contribution on every valuation basis, when it includes estimates */
                range: {
                    low: {
                        /** @description EUR, exact decimal string */
                        amount: string;
                        /** @description Integer minor units (cents) */
                        amount_minor: string;
                    };
                    high: {
                        /** @description EUR, exact decimal string */
                        amount: string;
                        /** @description Integer minor units (cents) */
                        amount_minor: string;
                    };
                    by_basis: {
                        [key: string]: {
                            /** @description EUR, exact decimal string */
                            amount: string;
                            /** @description Integer minor units (cents) */
                            amount_minor: string;
                        };
                    };
                } | null;
                /** @description Contribution as % of GDP, 3 decimals */
                pct_gdp: string | null;
                rank: number | null;
                rank_range: {
                    best: number;
                    worst: number;
                } | null;
                gdp: {
                    year: number;
                    edition: string;
                } | null;
                nato: {
                    year: number;
                    edition: string;
                } | null;
                ask: {
                    /** @description The benchmark */
                    value: {
                        /** @description EUR, exact decimal string */
                        amount: string;
                        /** @description Integer minor units (cents) */
                        amount_minor: string;
                    };
                    /** @description Contribution − benchmark: negative when under */
                    over: {
                        /** @description EUR, exact decimal string */
                        amount: string;
                        /** @description Integer minor units (cents) */
                        amount_minor: string;
                    };
                    /** @description Contribution ÷ benchmark, percent, 2 decimals */
                    ratio_pct: string | null;
                } | null;
                gdp_share: {
                    /** @description The benchmark */
                    value: {
                        /** @description EUR, exact decimal string */
                        amount: string;
                        /** @description Integer minor units (cents) */
                        amount_minor: string;
                    };
                    /** @description Contribution − benchmark: negative when under */
                    over: {
                        /** @description EUR, exact decimal string */
                        amount: string;
                        /** @description Integer minor units (cents) */
                        amount_minor: string;
                    };
                    /** @description Contribution ÷ benchmark, percent, 2 decimals */
                    ratio_pct: string | null;
                } | null;
                nato_path: {
                    /** @description The benchmark */
                    value: {
                        /** @description EUR, exact decimal string */
                        amount: string;
                        /** @description Integer minor units (cents) */
                        amount_minor: string;
                    };
                    /** @description Contribution − benchmark: negative when under */
                    over: {
                        /** @description EUR, exact decimal string */
                        amount: string;
                        /** @description Integer minor units (cents) */
                        amount_minor: string;
                    };
                    /** @description Contribution ÷ benchmark, percent, 2 decimals */
                    ratio_pct: string | null;
                } | null;
            }[];
            total: {
                /** @description EUR, exact decimal string */
                amount: string;
                /** @description Integer minor units (cents) */
                amount_minor: string;
            };
            gdp_editions: string[];
            nato_editions: string[];
            /** @description Mean of the year's ECB USD reference rates */
            usd_per_eur: string | null;
            /** @description The Kiel edition whose heavy weapons give the kiel valuation basis (the latest published by the report date); null when none is imported (the basis then falls back to record values) or when the report values no commitment */
            kiel_edition: {
                id: string;
                title: string;
                release: string;
                cut_off: string | null;
                published_on: string;
                attribution: string;
            } | null;
            conversion: components["schemas"]["ReportConversion"];
            rules: string[];
            /** @description Notes on what the figures hold, in English */
            notes: string[];
            /** @description The same notes by id with their figures, for clients that word them */
            note_ids: components["schemas"]["ReportNote"][];
        };
        FollowThroughReport: {
            as_of: string;
            /** @constant */
            currency: "EUR";
            /** @enum {string} */
            valuation: "record" | "catalogue" | "kiel" | "declared";
            meetings: {
                meeting: {
                    id: string;
                    /** @enum {string} */
                    kind: "udcg" | "nato_summit" | "nato_ministerial" | "bilateral" | "conference";
                    number: number | null;
                    date: string;
                    place: string | null;
                };
                commitments: number;
                announced: {
                    count: number;
                    value: {
                        /** @description EUR, exact decimal string */
                        amount: string;
                        /** @description Integer minor units (cents) */
                        amount_minor: string;
                    };
                    /** @description Equipment units, all kinds summed, integer string */
                    units: string;
                };
                committed: {
                    count: number;
                    value: {
                        /** @description EUR, exact decimal string */
                        amount: string;
                        /** @description Integer minor units (cents) */
                        amount_minor: string;
                    };
                    /** @description Equipment units, all kinds summed, integer string */
                    units: string;
                    /** @description Percent of the announced figure, 2 decimals, half to even */
                    value_pct: string | null;
                };
                contracted: {
                    count: number;
                    value: {
                        /** @description EUR, exact decimal string */
                        amount: string;
                        /** @description Integer minor units (cents) */
                        amount_minor: string;
                    };
                    /** @description Equipment units, all kinds summed, integer string */
                    units: string;
                    /** @description Percent of the announced figure, 2 decimals, half to even */
                    value_pct: string | null;
                };
                delivered: {
                    count: number;
                    value: {
                        /** @description EUR, exact decimal string */
                        amount: string;
                        /** @description Integer minor units (cents) */
                        amount_minor: string;
                    };
                    /** @description Equipment units, all kinds summed, integer string */
                    units: string;
                    /** @description Percent of the announced figure, 2 decimals, half to even */
                    value_pct: string | null;
                    /** @description Percent of the announced figure, 2 decimals, half to even */
                    units_pct: string | null;
                };
                cancelled: number;
                /** @description Commitments with no value on any basis: counted, not valued */
                unvalued: number;
                /** @description Part of the announced value that is an estimate, not recorded money */
                estimated: {
                    /** @description EUR, exact decimal string */
                    amount: string;
                    /** @description Integer minor units (cents) */
                    amount_minor: string;
                };
                /** @description The totals on every valuation basis, when they include estimates */
                range: {
                    announced: {
                        low: {
                            /** @description EUR, exact decimal string */
                            amount: string;
                            /** @description Integer minor units (cents) */
                            amount_minor: string;
                        };
                        high: {
                            /** @description EUR, exact decimal string */
                            amount: string;
                            /** @description Integer minor units (cents) */
                            amount_minor: string;
                        };
                        by_basis: {
                            [key: string]: {
                                /** @description EUR, exact decimal string */
                                amount: string;
                                /** @description Integer minor units (cents) */
                                amount_minor: string;
                            };
                        };
                    };
                    delivered: {
                        low: {
                            /** @description EUR, exact decimal string */
                            amount: string;
                            /** @description Integer minor units (cents) */
                            amount_minor: string;
                        };
                        high: {
                            /** @description EUR, exact decimal string */
                            amount: string;
                            /** @description Integer minor units (cents) */
                            amount_minor: string;
                        };
                        by_basis: {
                            [key: string]: {
                                /** @description EUR, exact decimal string */
                                amount: string;
                                /** @description Integer minor units (cents) */
                                amount_minor: string;
                            };
                        };
                    };
                } | null;
                items: {
                    id: string;
                    donor: string;
                    announced_on: string;
                    /** @enum {string} */
                    status: "announced" | "committed" | "contracted" | "delivering" | "delivered" | "cancelled";
                    value: {
                        /** @description EUR, exact decimal string */
                        amount: string;
                        /** @description Integer minor units (cents) */
                        amount_minor: string;
                    } | null;
                    basis: ("record" | "catalogue" | "kiel" | "declared") | null;
                    delivered_value: {
                        /** @description EUR, exact decimal string */
                        amount: string;
                        /** @description Integer minor units (cents) */
                        amount_minor: string;
                    } | null;
                    units: string;
                    delivered_units: string;
                    first_delivery_on: string | null;
                    full_delivery_on: string | null;
                }[];
            }[];
            donors: {
                donor: string;
                commitments: number;
                first_delivery: {
                    count: number;
                    /** @description Exact median, days from announcement */
                    median_days: string | null;
                };
                full_delivery: {
                    count: number;
                    median_days: string | null;
                };
            }[];
            /** @description The Kiel edition whose heavy weapons give the kiel valuation basis (the latest published by the report date); null when none is imported (the basis then falls back to record values) or when the report values no commitment */
            kiel_edition: {
                id: string;
                title: string;
                release: string;
                cut_off: string | null;
                published_on: string;
                attribution: string;
            } | null;
            conversion: components["schemas"]["ReportConversion"];
            rules: string[];
            /** @description Notes on what the figures hold, in English */
            notes: string[];
            /** @description The same notes by id with their figures, for clients that word them */
            note_ids: components["schemas"]["ReportNote"][];
        };
        Freshness: {
            /** @description Instant of the last change to a commitment, package, meeting or claim the caller may see */
            data_changed_at: string | null;
            /** @description The last day with ECB reference rates loaded */
            rates_published_on: string | null;
        };
        Indicator: {
            party: string;
            /** @description gdp_usd, defence_expenditure_pct_gdp, defence_expenditure_usd_m, gdp_usd_m_nato, equipment_share_pct… */
            indicator: string;
            year: number;
            /** @description Exact decimal, as published */
            value: string;
            unit: string;
            /** @description Edition or vintage of the source table; editions are never mixed */
            edition: string;
            /**
             * @description primary: the publisher’s own table; secondary: press reports; transcribed: copied by hand
             * @enum {string}
             */
            quality: "primary" | "secondary" | "transcribed";
            estimate: boolean;
            source: string;
        };
        Job: {
            id: string;
            /** @description ingest-article, import-ledger, import-edition or export-ledger */
            kind: string;
            /** @enum {string} */
            state: "queued" | "running" | "completed" | "failed";
            progress: {
                done: number;
                total: number;
            };
            attempts: number;
            max_attempts: number;
            submitted_by: string;
            submitted_at: string;
            started_at: string | null;
            finished_at: string | null;
            /** @description What the work answers when run within a request */
            result: unknown;
            error: string | null;
            /** @description Where the file of a finished export is downloaded */
            output: string | null;
        };
        /** @description A ledger document as `ramstein export` writes it; each record is checked as the API checks it */
        LedgerDocumentInput: {
            /** @constant */
            format?: "ramstein-ledger";
            /** @constant */
            version?: 1;
            sources?: unknown[];
            equipment?: unknown[];
            meetings?: unknown[];
            packages?: unknown[];
            commitments?: unknown[];
            claims?: unknown[];
            targets?: unknown[];
            replenishments?: unknown[];
            people?: unknown[];
            policy_events?: unknown[];
            requirements?: unknown[];
            meeting_records?: unknown[];
            editions?: unknown[];
        };
        /** @description The ledger as `ramstein export --format json` writes it, sections in import order */
        LedgerExport: {
            /** @constant */
            format: "ramstein-ledger";
            /** @constant */
            version: 1;
            /** @description The last ECB rate date a reader converting the amounts to EUR would use; ignored on import */
            exchange_rates?: components["schemas"]["ReportConversion"];
            sources: {
                [key: string]: unknown;
            }[];
            equipment: {
                [key: string]: unknown;
            }[];
            meetings: {
                [key: string]: unknown;
            }[];
            packages: {
                [key: string]: unknown;
            }[];
            commitments: {
                [key: string]: unknown;
            }[];
            claims: {
                [key: string]: unknown;
            }[];
            targets: {
                [key: string]: unknown;
            }[];
            replenishments: {
                [key: string]: unknown;
            }[];
            people: {
                [key: string]: unknown;
            }[];
            policy_events: {
                [key: string]: unknown;
            }[];
            requirements: {
                [key: string]: unknown;
            }[];
            meeting_records: {
                [key: string]: unknown;
            }[];
            editions: {
                [key: string]: unknown;
            }[];
        };
        Me: {
            user: string;
            /** @enum {string} */
            role: "admin" | "coordinator" | "representative" | "analyst" | "public";
            party: string | null;
            /** @description Send it back as the x-csrf-token header on every state-changing request */
            csrf_token: string | null;
            must_change_password: boolean;
        };
        Meeting: {
            id: string;
            /** @enum {string} */
            kind: "udcg" | "nato_summit" | "nato_ministerial" | "bilateral" | "conference";
            number: number | null;
            /** @enum {string} */
            status: "planned" | "held" | "cancelled";
            date: string;
            end_date: string | null;
            place: string | null;
            country: string | null;
            format: ("in_person" | "virtual" | "hybrid") | null;
            chairs: string[];
            parties: string[];
            participants_count: number | null;
            participants_qualifier: ("exact" | "about" | "at_least" | "at_most" | "vague") | null;
            substitutions: {
                party: string;
                expected_role?: string | null;
                attended_by?: string | null;
            }[];
            notes: string | null;
            sources: {
                id: string;
                url: string | null;
                publisher: string | null;
                evidence: {
                    start: number;
                    end: number;
                } | null;
                quote: string | null;
            }[];
            confidence: ("high" | "medium" | "low") | null;
            /** @enum {string} */
            visibility: "public" | "coalition" | "restricted";
            owner_party: string | null;
            version: number;
            created_at: string;
            updated_at: string;
        };
        MeetingPage: {
            meeting: components["schemas"]["Meeting"];
            record: components["schemas"]["MeetingRecord"];
            commitments: components["schemas"]["Commitment"][];
        };
        MeetingRecord: {
            version: number;
            attendance: {
                party: string;
                person?: string | null;
                role?: string | null;
                substitute_for?: string | null;
            }[];
            decisions: string[];
        };
        MeetingRecorded: {
            record: components["schemas"]["MeetingRecord"];
            created: components["schemas"]["Commitment"][];
        };
        Money: {
            /** @description Major units, exact decimal string */
            amount: string;
            /** @description Integer minor units */
            amount_minor: string;
            currency: string;
        };
        Package: {
            id: string;
            name: string;
            mechanism: string;
            value: {
                /** @description Major units, exact decimal; null when the source is vague */
                amount: string | null;
                /** @description Integer minor units */
                amount_minor: string | null;
                currency: string;
                /** @enum {string} */
                qualifier: "exact" | "about" | "at_least" | "at_most" | "vague";
                /** @description Date at which the amount is valued (for conversion) */
                value_date?: string | null;
            } | null;
            value_alt: {
                amount: string | null;
                currency: string;
                /** @enum {string} */
                qualifier: "exact" | "about" | "at_least" | "at_most" | "vague";
                label?: string;
            }[];
            funders: {
                party: string;
                amount: string | null;
                amount_minor: string | null;
                currency: string | null;
                qualifier: ("exact" | "about" | "at_least" | "at_most" | "vague") | null;
                commitment_id: string | null;
            }[];
            supplier: string | null;
            contents_summary: string | null;
            announced_on: string | null;
            /** @enum {string} */
            status: "announced" | "committed" | "contracted" | "delivering" | "delivered" | "cancelled";
            note: string | null;
            sources: {
                id: string;
                url: string | null;
                publisher: string | null;
                evidence: {
                    start: number;
                    end: number;
                } | null;
                quote: string | null;
            }[];
            confidence: ("high" | "medium" | "low") | null;
            /** @enum {string} */
            visibility: "public" | "coalition" | "restricted";
            owner_party: string | null;
            version: number;
            created_at: string;
            updated_at: string;
        };
        Party: {
            /** @description ISO 3166-1 alpha-2 for states; upper-case code for organisations and groups */
            code: string;
            /** @enum {string} */
            kind: "state" | "organisation" | "group" | "company";
            iso3: string | null;
            /** @description Name by language: en, fr, de */
            names: {
                [key: string]: string;
            };
            aliases: {
                [key: string]: string[];
            };
            /** @description Member parties of an organisation or group */
            members: string[];
            source: string;
        };
        Person: {
            id: string;
            given_name: string;
            family_name: string;
            aliases: string[];
            role: string;
            title: string;
            party: string;
            from: string;
            to: string | null;
            notes: string | null;
            sources: {
                id: string;
                url: string | null;
                publisher: string | null;
                evidence: {
                    start: number;
                    end: number;
                } | null;
                quote: string | null;
            }[];
            confidence: ("high" | "medium" | "low") | null;
            /** @enum {string} */
            visibility: "public" | "coalition" | "restricted";
            owner_party: string | null;
            version: number;
            created_at: string;
            updated_at: string;
        };
        PipelineReport: {
            currency: string;
            recipient: string | null;
            /** @description Report date */
            on: string;
            by_status: {
                /** @enum {string} */
                status: "announced" | "committed" | "contracted" | "delivering" | "delivered" | "cancelled";
                count: number;
                value: {
                    /** @description Major units, exact decimal string */
                    amount: string;
                    /** @description Integer minor units */
                    amount_minor: string;
                };
                unvalued: number;
            }[];
            by_donor: {
                donor: string;
                count: number;
                value: {
                    /** @description Major units, exact decimal string */
                    amount: string;
                    /** @description Integer minor units */
                    amount_minor: string;
                };
                unvalued: number;
                statuses: {
                    [key: string]: number;
                };
            }[];
            totals: {
                count: number;
                value: {
                    /** @description Major units, exact decimal string */
                    amount: string;
                    /** @description Integer minor units */
                    amount_minor: string;
                };
                /** @description Commitments without a recorded amount: counted, not valued */
                unvalued: number;
                unconvertible: number;
            };
            suspensions: {
                id: string;
                donor: string;
                /** @enum {string} */
                status: "announced" | "committed" | "contracted" | "delivering" | "delivered" | "cancelled";
                value: {
                    /** @description Major units, exact decimal string */
                    amount: string;
                    /** @description Integer minor units */
                    amount_minor: string;
                } | null;
                planned_on: string | null;
                since: string;
                until: string | null;
            }[];
            overdue: {
                id: string;
                donor: string;
                /** @enum {string} */
                status: "announced" | "committed" | "contracted" | "delivering" | "delivered" | "cancelled";
                value: {
                    /** @description Major units, exact decimal string */
                    amount: string;
                    /** @description Integer minor units */
                    amount_minor: string;
                } | null;
                planned_on: string;
                days_overdue: number;
            }[];
            /** @description Commitments left out of every count: not aid */
            excluded: {
                sales: number;
                replenishments: number;
            };
            conversion: components["schemas"]["ReportConversion"];
            rules: string[];
            /** @description Notes on what the figures hold, in English */
            notes: string[];
            /** @description The same notes by id with their figures, for clients that word them */
            note_ids: components["schemas"]["ReportNote"][];
        };
        /** @description RFC 9457 problem details */
        Problem: {
            /** @description URI naming the kind of problem; its last segment is the error code */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong, for a person */
            detail: string;
            instance: string;
            request_id: string;
            errors?: {
                field: string;
                message: string;
            }[];
        };
        Readiness: {
            /** @enum {string} */
            status: "ready" | "unavailable";
            checks: {
                database: {
                    ok: boolean;
                    /** @description What was found, or why the check failed */
                    detail: string;
                };
                migrations: {
                    ok: boolean;
                    /** @description What was found, or why the check failed */
                    detail: string;
                };
                queue: {
                    ok: boolean;
                    /** @description What was found, or why the check failed */
                    detail: string;
                };
            };
        };
        Reconciliation: {
            edition: components["schemas"]["Edition"];
            cut_off: string | null;
            rows: {
                party_code: string;
                donor_name: string;
                ledger: {
                    party_code: string;
                    /** @description EUR cents, integer as a decimal string */
                    committed_minor: string;
                    /** @description EUR cents, integer as a decimal string */
                    delivered_minor: string;
                    /** @description EUR cents, integer as a decimal string */
                    catalogue_minor: string;
                    commitments: number;
                    vague: number;
                    unvalued: number;
                    unconvertible: number;
                    /** @description EUR cents, integer as a decimal string */
                    after_cut_off_minor: string;
                    after_cut_off: number;
                } | null;
                edition: {
                    party_code: string;
                    donor_name: string;
                    committed_minor: string | null;
                    military_committed_minor: string | null;
                    allocated_minor: string | null;
                    military_allocated_minor: string | null;
                    price_list_minor: string | null;
                } | null;
                committed_difference_minor: string | null;
                delivered_difference_minor: string | null;
                reasons: components["schemas"]["ReconciliationReason"][];
            }[];
            totals: {
                /** @description EUR cents, integer as a decimal string */
                ledger_committed_minor: string;
                /** @description EUR cents, integer as a decimal string */
                ledger_delivered_minor: string;
                /** @description EUR cents, integer as a decimal string */
                edition_committed_minor: string;
                /** @description EUR cents, integer as a decimal string */
                edition_allocated_minor: string;
            };
            conversion: components["schemas"]["ReportConversion"];
            /** @description The rules of the comparison and of the ledger, in English */
            rules: string[];
            /** @description The same rules by id, in the same order, for clients that word them in their language */
            rule_ids: components["schemas"]["ReportRuleId"][];
            /** @description Notes on what the figures hold, in English */
            notes: string[];
            /** @description The same notes by id with their figures, for clients that word them */
            note_ids: components["schemas"]["ReportNote"][];
        };
        ReconciliationReason: {
            /** @enum {string} */
            code: "only_in_edition" | "only_in_ledger" | "period" | "measure" | "scope" | "valuation" | "currency_date" | "not_summed";
            /** @description The figures of the reason, for clients that word it: count, date (the cut-off), vague, unvalued, and EUR cents as decimal strings (eur_minor, price_list_eur_minor) */
            params: {
                [key: string]: string | number;
            };
            /** @description The reason in English, with its figures */
            text: string;
        };
        /** @description Amounts not converted are in no total; each is listed here */
        ReportConversion: {
            /** @description The currency amounts were converted to */
            currency: string;
            /** @description The latest ECB publication date whose rates were used; null when none was needed */
            rate_date: string | null;
            unconverted: {
                /** @description Commitment id, package:<id>:<n> for a pooled share, or claim id */
                record: string;
                donor: string | null;
                /** @description Major units, exact decimal string */
                amount: string;
                currency: string;
                value_date: string | null;
                /** @enum {string} */
                reason: "no_value_date" | "no_rates" | "before_first_rate" | "after_last_rate" | "rate_gap";
                /** @description The reason in words, with the dates involved */
                text: string;
            }[];
        };
        ReportNote: {
            /** @enum {string} */
            id: "per-capita" | "per-capita-none" | "gdp-2021" | "gdp-same-year" | "gdp-fallback" | "no-gdp" | "no-population" | "estimated" | "vague" | "unvalued" | "kiel-fallback" | "pipeline-unvalued" | "claims-undated" | "claims-unconverted" | "edition-no-allocation" | "edition-cut-off" | "edition-undated" | "gdp-earlier-year" | "no-gdp-benchmark" | "no-usd-rate" | "targets-core-only" | "targets-deadlines" | "targets-no-primary" | "targets-other-editions" | "targets-estimates" | "targets-secondary" | "source" | "rates" | "rates-none" | "all-converted" | "unconverted";
            params: {
                [key: string]: string | number | string[];
            };
        };
        /** @enum {string} */
        ReportRuleId: "aid-only" | "pooled-to-funders" | "co-donors-once" | "value-date-rate" | "catalogue-estimate" | "vague-counted" | "delivered-share" | "pipeline-stages" | "valuation-basis" | "valuation-range" | "reconcile-ledger" | "reconcile-edition" | "reconcile-differences" | "coverage-buckets" | "coverage-money" | "coverage-unquantified";
        Requirement: {
            key: string;
            capability: string;
            equipment: string | null;
            category: string | null;
            quantity: number | null;
            unit: string | null;
            priority: number;
            needed_by: string | null;
            /** @enum {string} */
            status: "open" | "covered" | "withdrawn";
            notes: string | null;
            /** @enum {string} */
            visibility: "public" | "coalition" | "restricted";
        };
        RequirementDiff: {
            id: string;
            from: number;
            to: number;
            added: components["schemas"]["Requirement"][];
            removed: components["schemas"]["Requirement"][];
            changed: {
                key: string;
                changes: {
                    field: string;
                    from: string | number | null;
                    to: string | number | null;
                }[];
            }[];
            unchanged: number;
        };
        RequirementList: {
            id: string;
            recipient: string;
            title: string;
            edition: number;
            current_edition: number;
            issued_on: string | null;
            note: string | null;
            sources: unknown[];
            /** @enum {string} */
            visibility: "public" | "coalition" | "restricted";
            owner_party: string | null;
            requirements: components["schemas"]["Requirement"][];
        };
        RequirementListImport: {
            id: string;
            edition: number;
            created: boolean;
            new_edition: boolean;
            links_changed: number;
        };
        RequirementListSummary: {
            id: string;
            recipient: string;
            title: string;
            current_edition: number;
            visibility: string;
            owner_party: string | null;
        };
        SearchResults: {
            q: string;
            commitments: {
                id: string;
                donor: string;
                recipient: string;
                mode: ("donation" | "funded_purchase" | "pooled" | "industry" | "financial" | "sale") | null;
                announced_on: string | null;
                items: {
                    equipment: string | null;
                    category: string | null;
                    quantity: number | null;
                    quantity_qualifier: ("exact" | "about" | "at_least" | "at_most" | "vague") | null;
                }[];
            }[];
            parties: {
                code: string;
                kind: string;
                names: {
                    [key: string]: string;
                };
                /** @description Commitments the caller may see with this party as donor */
                commitments: number;
            }[];
            equipment: {
                id: string;
                name: string;
                category: string;
                aliases: {
                    [key: string]: string[];
                };
            }[];
            meetings: {
                id: string;
                /** @enum {string} */
                kind: "udcg" | "nato_summit" | "nato_ministerial" | "bilateral" | "conference";
                number: number | null;
                place: string | null;
                date: string;
            }[];
        };
        Source: {
            id: string;
            url: string | null;
            publisher: string | null;
            language: string | null;
            published_on: string | null;
            title: string | null;
            /** @description SHA-256 of the stored text, when the text is kept */
            body_sha256: string | null;
            visibility: string;
            owner_party: string | null;
            version: number;
        };
        SourceReading: {
            source: components["schemas"]["Source"];
            /** @description The stored text; null when none is stored or the source's visibility withholds it from the caller */
            text: string | null;
            /** @description A text is stored but the caller may not read it */
            text_withheld: boolean;
            evidence: {
                /** @description commitment, package, meeting, claim… */
                record_type: string;
                record_id: string;
                /** @description JavaScript string offset in `text`; null without a span */
                start: number | null;
                end: number | null;
                quote: string | null;
            }[];
        };
        SuggestedSession: {
            date: string;
            interval_days: number;
            after: string;
            based_on: number;
        };
        Target: {
            id: string;
            name: string;
            metric: string;
            value: number;
            unit: string;
            qualifier: ("exact" | "about" | "at_least" | "at_most" | "vague") | null;
            deadline_year: number | null;
            deadline_text: string | null;
            components: {
                id: string;
                value: number;
                unit: string;
                qualifier?: ("exact" | "about" | "at_least" | "at_most" | "vague") | null;
                description?: string;
            }[];
            agreed_at: string | null;
            agreed_on: string | null;
            country: string | null;
            details: string | null;
            sources: {
                id: string;
                url: string | null;
                publisher: string | null;
                evidence: {
                    start: number;
                    end: number;
                } | null;
                quote: string | null;
            }[];
            confidence: ("high" | "medium" | "low") | null;
            version: number;
            created_at: string;
            updated_at: string;
        };
        TargetsReport: {
            year: number;
            indicator: string;
            /** @description The NATO edition the primary figures come from */
            edition: string | null;
            lines: {
                id: string;
                target_id: string;
                component: string | null;
                name: string;
                /** @description % of GDP */
                value: string;
                deadline_year: number | null;
            }[];
            allies: {
                party: string;
                /** @description Defence expenditure, % of GDP (NATO, 2 decimals) */
                pct_gdp: string | null;
                /** @description NATO marks the figure as an estimate */
                estimate: boolean;
                lines: {
                    /** @description Id of the line (see `lines`) */
                    line: string;
                    at_or_above: boolean;
                    /** @description Percentage points missing to reach the line; 0.00 at or above */
                    gap_pp: string;
                }[];
                /** @description Press-reported estimate, only with include_secondary; never part of the primary counts */
                secondary: {
                    year: number;
                    pct_gdp: string;
                    lines: {
                        /** @description Id of the line (see `lines`) */
                        line: string;
                        at_or_above: boolean;
                        /** @description Percentage points missing to reach the line; 0.00 at or above */
                        gap_pp: string;
                    }[];
                    edition: string;
                    source: string;
                    flag: string;
                } | null;
            }[];
            /** @description NATO totals, never counted as allies */
            aggregates: {
                party: string;
                /** @description Defence expenditure, % of GDP (NATO, 2 decimals) */
                pct_gdp: string | null;
                /** @description NATO marks the figure as an estimate */
                estimate: boolean;
                lines: {
                    /** @description Id of the line (see `lines`) */
                    line: string;
                    at_or_above: boolean;
                    /** @description Percentage points missing to reach the line; 0.00 at or above */
                    gap_pp: string;
                }[];
                /** @description Press-reported estimate, only with include_secondary; never part of the primary counts */
                secondary: {
                    year: number;
                    pct_gdp: string;
                    lines: {
                        /** @description Id of the line (see `lines`) */
                        line: string;
                        at_or_above: boolean;
                        /** @description Percentage points missing to reach the line; 0.00 at or above */
                        gap_pp: string;
                    }[];
                    edition: string;
                    source: string;
                    flag: string;
                } | null;
            }[];
            /** @description Allies at or above each line, of the allies with a figure */
            counts: {
                line: string;
                at_or_above: number;
                of: number;
            }[];
            secondary_counts: {
                line: string;
                at_or_above: number;
                of: number;
            }[] | null;
            rules: string[];
            /** @description Notes on what the figures hold, in English */
            notes: string[];
            /** @description The same notes by id with their figures, for clients that word them */
            note_ids: components["schemas"]["ReportNote"][];
        };
        TimelineEntry: {
            date: string;
            end_date: string | null;
            /** @enum {string} */
            kind: "suspension" | "ultimatum" | "leadership" | "deadline" | "due" | "meeting";
            id: string;
            /** @description What the entry says, in English */
            title: string;
            /**
             * @description What the entry says, by id: a policy event (its recorded title), the due date of an ultimatum, a meeting, or (in a briefing pack) the date a requirement is needed by
             * @enum {string}
             */
            text_id: "event" | "due" | "meeting" | "needed-by";
            /** @description The figures of `text_id`: `title` (event, due); `announced_on`, `days` when known (due); `kind`, `status`, `number` and `place` when known (meeting); `capability`, `priority`, `what` (equipment id or category) when known (needed-by) */
            text_params: {
                [key: string]: string;
            };
            parties: string[];
            /** @description URLs, or ids of stored sources without one */
            sources: string[];
        };
        User: {
            id: string;
            display_name: string | null;
            /** @enum {string} */
            role: "admin" | "coordinator" | "representative" | "analyst";
            party: string | null;
            disabled: boolean;
            must_change_password: boolean;
            created_at: string;
            updated_at: string;
        };
        ValueOverTimeReport: {
            /** @enum {string} */
            currency: "EUR" | "USD";
            recipient: string;
            donors: string[] | null;
            /** @description Every month (YYYY-MM) from the first to the last dated record */
            months: string[];
            series: {
                /** @description One exact decimal string per month of `months` */
                monthly: string[];
                /** @description One exact decimal string per month of `months` */
                cumulative: string[];
                total: {
                    /** @description Major units, exact decimal string */
                    amount: string;
                    /** @description Integer minor units */
                    amount_minor: string;
                };
                /** @enum {string} */
                measure: "committed" | "delivered";
                /** @enum {string} */
                mode: "donation" | "industry" | "funded_purchase" | "pooled" | "financial" | "unknown";
            }[];
            totals: {
                committed: {
                    /** @description One exact decimal string per month of `months` */
                    monthly: string[];
                    /** @description One exact decimal string per month of `months` */
                    cumulative: string[];
                    total: {
                        /** @description Major units, exact decimal string */
                        amount: string;
                        /** @description Integer minor units */
                        amount_minor: string;
                    };
                };
                delivered: {
                    /** @description One exact decimal string per month of `months` */
                    monthly: string[];
                    /** @description One exact decimal string per month of `months` */
                    cumulative: string[];
                    total: {
                        /** @description Major units, exact decimal string */
                        amount: string;
                        /** @description Integer minor units */
                        amount_minor: string;
                    };
                };
            };
            undated: {
                committed: {
                    /** @description Major units, exact decimal string */
                    amount: string;
                    /** @description Integer minor units */
                    amount_minor: string;
                };
                delivered: {
                    /** @description Major units, exact decimal string */
                    amount: string;
                    /** @description Integer minor units */
                    amount_minor: string;
                };
            };
            counts: {
                /** @description Amounts summed: commitments, catalogue valuations, package shares */
                valued: number;
                /** @description Amounts without a value date or an ECB rate near it */
                unconvertible: number;
                /** @description Commitments with a vague amount: counted, not summed */
                vague: number;
                /** @description Commitments with neither money nor a catalogue value */
                unvalued: number;
            };
            conversion: components["schemas"]["ReportConversion"];
            /** @description Counting rules, by id */
            rules: ("burden-rules" | "committed-in-announcement-month" | "delivered-in-delivery-month" | "package-delivered-in-its-month")[];
            /** @description What the sums leave out, by id with its figures */
            notes: {
                /** @enum {string} */
                id: "unconvertible" | "vague" | "unvalued" | "undated";
                count: number;
                committed?: string;
                delivered?: string;
            }[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    getHealthz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                        /** @enum {string} */
                        database: "pglite" | "postgres";
                    };
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReadyz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is unavailable */
            503: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAuthLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    user: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait as long as Retry-After says */
            429: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAuthLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuthMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAuthPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    current: string;
                    next: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["User"][];
                    };
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    role: "admin" | "coordinator" | "representative" | "analyst";
                    party?: string | null;
                    id: string;
                    display_name?: string | null;
                    password?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    /** @description Address of the created record */
                    location?: string;
                    /** @description Entity tag of the representation (for If-None-Match and If-Match) */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: components["schemas"]["User"];
                        one_time_password: string | null;
                    };
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchUsersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    disabled?: boolean;
                    /** @enum {string} */
                    role?: "admin" | "coordinator" | "representative" | "analyst";
                    party?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ApiToken"][];
                    };
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    role: "admin" | "coordinator" | "representative" | "analyst";
                    party?: string | null;
                    name: string;
                    expires_in_days?: number | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    /** @description Address of the created record */
                    location?: string;
                    /** @description Entity tag of the representation (for If-None-Match and If-Match) */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        token: string;
                        info: components["schemas"]["ApiToken"];
                    };
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteTokensById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getParties: {
        parameters: {
            query?: {
                kind?: "state" | "organisation" | "group" | "company";
                /** @description Search in codes, names and aliases */
                q?: string;
                /** @description Page size (1-1000) */
                limit?: number;
                /** @description Rows to skip */
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Party"][];
                        /** @description Rows matching the filters, all pages */
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPartiesByCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Party"];
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIndicators: {
        parameters: {
            query?: {
                party?: string;
                indicator?: string;
                year_from?: number;
                year_to?: number;
                /** @description Comma-separated qualities to include (default: primary only) */
                quality?: string;
                /** @description Page size (1-1000) */
                limit?: number;
                /** @description Rows to skip */
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Indicator"][];
                        /** @description Rows matching the filters, all pages */
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFxConvert: {
        parameters: {
            query: {
                amount: string;
                from: string;
                to: string;
                /** @description Calendar date, YYYY-MM-DD */
                on: string;
                rounding?: "half_even" | "half_up" | "down";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversion"];
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getExchangeRatesByCurrency: {
        parameters: {
            query: {
                /** @description Calendar date, YYYY-MM-DD */
                from: string;
                /** @description Calendar date, YYYY-MM-DD */
                to: string;
            };
            header?: never;
            path: {
                currency: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        currency: string;
                        from: string;
                        to: string;
                        count: number;
                        /** @description Arithmetic mean of the daily rates, 6 decimals */
                        mean: string | null;
                        rates: {
                            date: string;
                            rate: string;
                        }[];
                    };
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getExchangeRates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            currency: string;
                            /** @description Calendar date, YYYY-MM-DD */
                            first: string;
                            /** @description Calendar date, YYYY-MM-DD */
                            last: string;
                            days: number;
                        }[];
                    };
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCommitments: {
        parameters: {
            query?: {
                /** @description Donor or co-donor party code */
                donor?: string;
                recipient?: string;
                mode?: "donation" | "funded_purchase" | "pooled" | "industry" | "financial" | "sale";
                /** @description Equipment type id, e.g. patriot */
                equipment?: string;
                /** @description Equipment category, e.g. air_defence */
                category?: string;
                /** @description Derived pipeline status (on as_of when given) */
                status?: "announced" | "committed" | "contracted" | "delivering" | "delivered" | "cancelled";
                /** @description Announced on or after */
                from?: string;
                /** @description Announced on or before */
                to?: string;
                /** @description Meeting at which it was announced */
                meeting?: string;
                /** @description Pooled package it contributes to */
                package?: string;
                /** @description The ledger as it stood on this date */
                as_of?: string;
                sort?: "announced_on" | "-announced_on" | "donor" | "-donor" | "id" | "-id" | "money" | "-money" | "updated_at" | "-updated_at";
                /** @description Page size (1-1000) */
                limit?: number;
                /** @description Rows to skip */
                offset?: number;
            };
            header?: {
                /** @description ETag already held: answered by 304 */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    /** @description Entity tag of the representation (for If-None-Match and If-Match) */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Commitment"][];
                        /** @description Rows matching the filters, all pages */
                        total: number;
                        limit: number;
                        offset: number;
                        /** @description The total of the filtered view, each amount converted at its value date */
                        total_eur: {
                            /** @description Sum in EUR (major units) of every matching commitment, all pages */
                            amount: string;
                            /** @description Matching commitments whose money has no ECB rate: not in the sum */
                            unconverted: number;
                        };
                        conversion: components["schemas"]["ReportConversion"];
                    };
                };
            };
            /** @description Not modified: the representation named by If-None-Match is current */
            304: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    /** @description Entity tag of the representation (for If-None-Match and If-Match) */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCommitments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id?: string;
                    donor: string;
                    co_donors?: string[];
                    recipient: string;
                    mode?: ("donation" | "funded_purchase" | "pooled" | "industry" | "financial" | "sale") | null;
                    supplier?: string | null;
                    supplier_party?: string | null;
                    package?: string | null;
                    items?: {
                        equipment?: string | null;
                        category?: string | null;
                        quantity?: number | null;
                        quantity_qualifier?: ("exact" | "about" | "at_least" | "at_most" | "vague") | null;
                    }[];
                    money?: {
                        amount: (number | string) | null;
                        currency: string;
                        /** @enum {string} */
                        qualifier?: "exact" | "about" | "at_least" | "at_most" | "vague";
                        value_date?: string | null;
                    } | null;
                    money_alt?: {
                        amount: (number | string) | null;
                        currency: string;
                        /** @enum {string} */
                        qualifier?: "exact" | "about" | "at_least" | "at_most" | "vague";
                        label?: string;
                    }[];
                    announced_on?: string | null;
                    announced_at?: string | null;
                    replenishes?: string | null;
                    note?: string | null;
                    sources?: (string | {
                        /** Format: uri */
                        url?: string;
                        id?: string;
                        publisher?: string;
                        language?: string;
                        published_on?: string;
                        title?: string;
                        evidence?: {
                            start: number;
                            end: number;
                        };
                        quote?: string;
                    })[];
                    confidence?: ("high" | "medium" | "low") | null;
                    /** @enum {string} */
                    visibility?: "public" | "coalition" | "restricted";
                    owner_party?: string | null;
                    events?: {
                        /**
                         * @default status
                         * @enum {string}
                         */
                        kind?: "status" | "delivery" | "suspension" | "resumption" | "correction";
                        status?: ("announced" | "committed" | "contracted" | "delivering" | "delivered" | "cancelled") | null;
                        date: string;
                        planned_on?: string | null;
                        line?: number | null;
                        quantity?: number | null;
                        /** @default false */
                        increase?: boolean;
                        until?: string | null;
                        corrects?: number | null;
                        source?: (string | {
                            /** Format: uri */
                            url?: string;
                            id?: string;
                            publisher?: string;
                            language?: string;
                            published_on?: string;
                            title?: string;
                            evidence?: {
                                start: number;
                                end: number;
                            };
                            quote?: string;
                        }) | null;
                        note?: string | null;
                    }[];
                    status_history?: {
                        /** @enum {string} */
                        status: "announced" | "committed" | "contracted" | "delivering" | "delivered" | "cancelled";
                        date: string;
                        source?: (string | {
                            /** Format: uri */
                            url?: string;
                            id?: string;
                            publisher?: string;
                            language?: string;
                            published_on?: string;
                            title?: string;
                            evidence?: {
                                start: number;
                                end: number;
                            };
                            quote?: string;
                        }) | null;
                        note?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    /** @description Address of the created record */
                    location?: string;
                    /** @description Entity tag of the representation (for If-None-Match and If-Match) */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Commitment"];
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since the version the request is based on, or the change conflicts */
            409: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not name the current version */
            412: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCommitmentsById: {
        parameters: {
            query?: {
                /** @description The state on this date */
                as_of?: string;
            };
            header?: {
                /** @description ETag already held: answered by 304 */
                "if-none-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    /** @description Entity tag of the representation (for If-None-Match and If-Match) */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Commitment"];
                };
            };
            /** @description Not modified: the representation named by If-None-Match is current */
            304: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    /** @description Entity tag of the representation (for If-None-Match and If-Match) */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchCommitmentsById: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of the version the change is based on */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The version the change is based on (or send If-Match with the ETag) */
                    version?: number;
                    donor?: string;
                    co_donors?: string[];
                    recipient?: string;
                    mode?: ("donation" | "funded_purchase" | "pooled" | "industry" | "financial" | "sale") | null;
                    supplier?: string | null;
                    supplier_party?: string | null;
                    package?: string | null;
                    items?: {
                        equipment?: string | null;
                        category?: string | null;
                        quantity?: number | null;
                        quantity_qualifier?: ("exact" | "about" | "at_least" | "at_most" | "vague") | null;
                    }[];
                    money?: {
                        amount: (number | string) | null;
                        currency: string;
                        /** @enum {string} */
                        qualifier?: "exact" | "about" | "at_least" | "at_most" | "vague";
                        value_date?: string | null;
                    } | null;
                    money_alt?: {
                        amount: (number | string) | null;
                        currency: string;
                        /** @enum {string} */
                        qualifier?: "exact" | "about" | "at_least" | "at_most" | "vague";
                        label?: string;
                    }[];
                    announced_on?: string | null;
                    announced_at?: string | null;
                    replenishes?: string | null;
                    note?: string | null;
                    sources?: (string | {
                        /** Format: uri */
                        url?: string;
                        id?: string;
                        publisher?: string;
                        language?: string;
                        published_on?: string;
                        title?: string;
                        evidence?: {
                            start: number;
                            end: number;
                        };
                        quote?: string;
                    })[];
                    confidence?: ("high" | "medium" | "low") | null;
                    /** @enum {string} */
                    visibility?: "public" | "coalition" | "restricted";
                    owner_party?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    /** @description Entity tag of the representation (for If-None-Match and If-Match) */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Commitment"];
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since the version the request is based on, or the change conflicts */
            409: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not name the current version */
            412: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCommitmentsByIdEvents: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of the version the change is based on */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @default status
                     * @enum {string}
                     */
                    kind?: "status" | "delivery" | "suspension" | "resumption" | "correction";
                    status?: ("announced" | "committed" | "contracted" | "delivering" | "delivered" | "cancelled") | null;
                    date: string;
                    planned_on?: string | null;
                    line?: number | null;
                    quantity?: number | null;
                    /** @default false */
                    increase?: boolean;
                    until?: string | null;
                    corrects?: number | null;
                    source?: (string | {
                        /** Format: uri */
                        url?: string;
                        id?: string;
                        publisher?: string;
                        language?: string;
                        published_on?: string;
                        title?: string;
                        evidence?: {
                            start: number;
                            end: number;
                        };
                        quote?: string;
                    }) | null;
                    note?: string | null;
                    /** @description The version the change is based on (or send If-Match with the ETag) */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    /** @description Address of the created record */
                    location?: string;
                    /** @description Entity tag of the representation (for If-None-Match and If-Match) */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Commitment"];
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since the version the request is based on, or the change conflicts */
            409: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not name the current version */
            412: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putCommitmentsByIdDeclaredValues: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Line number of the commitment */
                    line: number;
                    /** @description Declared value of the whole line, major units */
                    amount: number | string;
                    currency: string;
                    /** @description Date of the value; the commitment's when omitted */
                    value_date?: string | null;
                    /** @description Where the donor declared it */
                    source?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeclaredValue"];
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since the version the request is based on, or the change conflicts */
            409: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not name the current version */
            412: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPackages: {
        parameters: {
            query?: {
                funder?: string;
                status?: string;
                mechanism?: string;
                /** @description Page size (1-1000) */
                limit?: number;
                /** @description Rows to skip */
                offset?: number;
            };
            header?: {
                /** @description ETag already held: answered by 304 */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    /** @description Entity tag of the representation (for If-None-Match and If-Match) */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Package"][];
                        /** @description Rows matching the filters, all pages */
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            /** @description Not modified: the representation named by If-None-Match is current */
            304: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    /** @description Entity tag of the representation (for If-None-Match and If-Match) */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPackages: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id?: string;
                    name: string;
                    mechanism?: string;
                    value?: {
                        amount: (number | string) | null;
                        currency: string;
                        /** @enum {string} */
                        qualifier?: "exact" | "about" | "at_least" | "at_most" | "vague";
                        value_date?: string | null;
                    } | null;
                    value_alt?: {
                        amount: (number | string) | null;
                        currency: string;
                        /** @enum {string} */
                        qualifier?: "exact" | "about" | "at_least" | "at_most" | "vague";
                        label?: string;
                    }[];
                    funders?: {
                        party: string;
                        amount?: (number | string) | null;
                        currency?: string | null;
                        qualifier?: ("exact" | "about" | "at_least" | "at_most" | "vague") | null;
                        commitment_id?: string | null;
                    }[];
                    supplier?: string | null;
                    contents_summary?: string | null;
                    announced_on?: string | null;
                    /** @enum {string} */
                    status?: "announced" | "committed" | "contracted" | "delivering" | "delivered" | "cancelled";
                    note?: string | null;
                    sources?: (string | {
                        /** Format: uri */
                        url?: string;
                        id?: string;
                        publisher?: string;
                        language?: string;
                        published_on?: string;
                        title?: string;
                        evidence?: {
                            start: number;
                            end: number;
                        };
                        quote?: string;
                    })[];
                    confidence?: ("high" | "medium" | "low") | null;
                    /** @enum {string} */
                    visibility?: "public" | "coalition" | "restricted";
                    owner_party?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    /** @description Address of the created record */
                    location?: string;
                    /** @description Entity tag of the representation (for If-None-Match and If-Match) */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Package"];
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since the version the request is based on, or the change conflicts */
            409: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not name the current version */
            412: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPackagesById: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag already held: answered by 304 */
                "if-none-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    /** @description Entity tag of the representation (for If-None-Match and If-Match) */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Package"];
                };
            };
            /** @description Not modified: the representation named by If-None-Match is current */
            304: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    /** @description Entity tag of the representation (for If-None-Match and If-Match) */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchPackagesById: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of the version the change is based on */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The version the change is based on (or send If-Match with the ETag) */
                    version?: number;
                    name?: string;
                    mechanism?: string;
                    value?: {
                        amount: (number | string) | null;
                        currency: string;
                        /** @enum {string} */
                        qualifier?: "exact" | "about" | "at_least" | "at_most" | "vague";
                        value_date?: string | null;
                    } | null;
                    value_alt?: {
                        amount: (number | string) | null;
                        currency: string;
                        /** @enum {string} */
                        qualifier?: "exact" | "about" | "at_least" | "at_most" | "vague";
                        label?: string;
                    }[];
                    funders?: {
                        party: string;
                        amount?: (number | string) | null;
                        currency?: string | null;
                        qualifier?: ("exact" | "about" | "at_least" | "at_most" | "vague") | null;
                        commitment_id?: string | null;
                    }[];
                    supplier?: string | null;
                    contents_summary?: string | null;
                    announced_on?: string | null;
                    /** @enum {string} */
                    status?: "announced" | "committed" | "contracted" | "delivering" | "delivered" | "cancelled";
                    note?: string | null;
                    sources?: (string | {
                        /** Format: uri */
                        url?: string;
                        id?: string;
                        publisher?: string;
                        language?: string;
                        published_on?: string;
                        title?: string;
                        evidence?: {
                            start: number;
                            end: number;
                        };
                        quote?: string;
                    })[];
                    confidence?: ("high" | "medium" | "low") | null;
                    /** @enum {string} */
                    visibility?: "public" | "coalition" | "restricted";
                    owner_party?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    /** @description Entity tag of the representation (for If-None-Match and If-Match) */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Package"];
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since the version the request is based on, or the change conflicts */
            409: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not name the current version */
            412: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMeetings: {
        parameters: {
            query?: {
                kind?: string;
                /** @description Calendar date, YYYY-MM-DD */
                from?: string;
                /** @description Calendar date, YYYY-MM-DD */
                to?: string;
                party?: string;
                /** @description Page size (1-1000) */
                limit?: number;
                /** @description Rows to skip */
                offset?: number;
            };
            header?: {
                /** @description ETag already held: answered by 304 */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    /** @description Entity tag of the representation (for If-None-Match and If-Match) */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Meeting"][];
                        /** @description Rows matching the filters, all pages */
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            /** @description Not modified: the representation named by If-None-Match is current */
            304: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    /** @description Entity tag of the representation (for If-None-Match and If-Match) */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postMeetings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id?: string;
                    /** @enum {string} */
                    kind: "udcg" | "nato_summit" | "nato_ministerial" | "bilateral" | "conference";
                    number?: number | null;
                    /** @enum {string} */
                    status?: "planned" | "held" | "cancelled";
                    date: string;
                    end_date?: string | null;
                    place?: string | null;
                    country?: string | null;
                    format?: ("in_person" | "virtual" | "hybrid") | null;
                    chairs?: string[];
                    parties?: string[];
                    participants_count?: number | null;
                    participants_qualifier?: ("exact" | "about" | "at_least" | "at_most" | "vague") | null;
                    substitutions?: {
                        party: string;
                        expected_role?: string | null;
                        attended_by?: string | null;
                    }[];
                    notes?: string | null;
                    sources?: (string | {
                        /** Format: uri */
                        url?: string;
                        id?: string;
                        publisher?: string;
                        language?: string;
                        published_on?: string;
                        title?: string;
                        evidence?: {
                            start: number;
                            end: number;
                        };
                        quote?: string;
                    })[];
                    confidence?: ("high" | "medium" | "low") | null;
                    /** @enum {string} */
                    visibility?: "public" | "coalition" | "restricted";
                    owner_party?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    /** @description Address of the created record */
                    location?: string;
                    /** @description Entity tag of the representation (for If-None-Match and If-Match) */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since the version the request is based on, or the change conflicts */
            409: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not name the current version */
            412: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMeetingsById: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag already held: answered by 304 */
                "if-none-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    /** @description Entity tag of the representation (for If-None-Match and If-Match) */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description Not modified: the representation named by If-None-Match is current */
            304: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    /** @description Entity tag of the representation (for If-None-Match and If-Match) */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchMeetingsById: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of the version the change is based on */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The version the change is based on (or send If-Match with the ETag) */
                    version?: number;
                    /** @enum {string} */
                    kind?: "udcg" | "nato_summit" | "nato_ministerial" | "bilateral" | "conference";
                    number?: number | null;
                    /** @enum {string} */
                    status?: "planned" | "held" | "cancelled";
                    date?: string;
                    end_date?: string | null;
                    place?: string | null;
                    country?: string | null;
                    format?: ("in_person" | "virtual" | "hybrid") | null;
                    chairs?: string[];
                    parties?: string[];
                    participants_count?: number | null;
                    participants_qualifier?: ("exact" | "about" | "at_least" | "at_most" | "vague") | null;
                    substitutions?: {
                        party: string;
                        expected_role?: string | null;
                        attended_by?: string | null;
                    }[];
                    notes?: string | null;
                    sources?: (string | {
                        /** Format: uri */
                        url?: string;
                        id?: string;
                        publisher?: string;
                        language?: string;
                        published_on?: string;
                        title?: string;
                        evidence?: {
                            start: number;
                            end: number;
                        };
                        quote?: string;
                    })[];
                    confidence?: ("high" | "medium" | "low") | null;
                    /** @enum {string} */
                    visibility?: "public" | "coalition" | "restricted";
                    owner_party?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    /** @description Entity tag of the representation (for If-None-Match and If-Match) */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since the version the request is based on, or the change conflicts */
            409: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not name the current version */
            412: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getClaims: {
        parameters: {
            query?: {
                party?: string;
                subject?: string;
                measure?: string;
                /** @description Page size (1-1000) */
                limit?: number;
                /** @description Rows to skip */
                offset?: number;
            };
            header?: {
                /** @description ETag already held: answered by 304 */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    /** @description Entity tag of the representation (for If-None-Match and If-Match) */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Claim"][];
                        /** @description Rows matching the filters, all pages */
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            /** @description Not modified: the representation named by If-None-Match is current */
            304: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    /** @description Entity tag of the representation (for If-None-Match and If-Match) */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postClaims: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id?: string;
                    subject: string;
                    party?: string | null;
                    measure?: string | null;
                    amount?: (number | string) | null;
                    currency?: string | null;
                    qualifier?: ("exact" | "about" | "at_least" | "at_most" | "vague") | null;
                    amount_alt?: {
                        amount: (number | string) | null;
                        currency: string;
                        /** @enum {string} */
                        qualifier?: "exact" | "about" | "at_least" | "at_most" | "vague";
                        label?: string;
                    }[];
                    as_of?: string | null;
                    claimed_by?: string | null;
                    note?: string | null;
                    sources?: (string | {
                        /** Format: uri */
                        url?: string;
                        id?: string;
                        publisher?: string;
                        language?: string;
                        published_on?: string;
                        title?: string;
                        evidence?: {
                            start: number;
                            end: number;
                        };
                        quote?: string;
                    })[];
                    confidence?: ("high" | "medium" | "low") | null;
                    /** @enum {string} */
                    visibility?: "public" | "coalition" | "restricted";
                    owner_party?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    /** @description Address of the created record */
                    location?: string;
                    /** @description Entity tag of the representation (for If-None-Match and If-Match) */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Claim"];
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since the version the request is based on, or the change conflicts */
            409: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not name the current version */
            412: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getClaimsById: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag already held: answered by 304 */
                "if-none-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    /** @description Entity tag of the representation (for If-None-Match and If-Match) */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Claim"];
                };
            };
            /** @description Not modified: the representation named by If-None-Match is current */
            304: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    /** @description Entity tag of the representation (for If-None-Match and If-Match) */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchClaimsById: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of the version the change is based on */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The version the change is based on (or send If-Match with the ETag) */
                    version?: number;
                    subject?: string;
                    party?: string | null;
                    measure?: string | null;
                    amount?: (number | string) | null;
                    currency?: string | null;
                    qualifier?: ("exact" | "about" | "at_least" | "at_most" | "vague") | null;
                    amount_alt?: {
                        amount: (number | string) | null;
                        currency: string;
                        /** @enum {string} */
                        qualifier?: "exact" | "about" | "at_least" | "at_most" | "vague";
                        label?: string;
                    }[];
                    as_of?: string | null;
                    claimed_by?: string | null;
                    note?: string | null;
                    sources?: (string | {
                        /** Format: uri */
                        url?: string;
                        id?: string;
                        publisher?: string;
                        language?: string;
                        published_on?: string;
                        title?: string;
                        evidence?: {
                            start: number;
                            end: number;
                        };
                        quote?: string;
                    })[];
                    confidence?: ("high" | "medium" | "low") | null;
                    /** @enum {string} */
                    visibility?: "public" | "coalition" | "restricted";
                    owner_party?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    /** @description Entity tag of the representation (for If-None-Match and If-Match) */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Claim"];
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since the version the request is based on, or the change conflicts */
            409: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not name the current version */
            412: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEquipment: {
        parameters: {
            query?: {
                category?: string;
                origin?: string;
                q?: string;
                /** @description Page size (1-1000) */
                limit?: number;
                /** @description Rows to skip */
                offset?: number;
            };
            header?: {
                /** @description ETag already held: answered by 304 */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    /** @description Entity tag of the representation (for If-None-Match and If-Match) */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["EquipmentType"][];
                        /** @description Rows matching the filters, all pages */
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            /** @description Not modified: the representation named by If-None-Match is current */
            304: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    /** @description Entity tag of the representation (for If-None-Match and If-Match) */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postEquipment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id: string;
                    name: string;
                    aliases?: {
                        en?: string[];
                        fr?: string[];
                        de?: string[];
                    };
                    category: string;
                    unit: string;
                    origin?: string | null;
                    manufacturer?: string | null;
                    indicative_unit_value?: {
                        amount: number | string;
                        currency: string;
                        year: number;
                        source?: string | null;
                        /** @enum {string} */
                        qualifier?: "exact" | "about" | "at_least" | "at_most" | "vague";
                        basis?: string;
                    } | null;
                    sources?: (string | {
                        /** Format: uri */
                        url?: string;
                        id?: string;
                        publisher?: string;
                        language?: string;
                        published_on?: string;
                        title?: string;
                        evidence?: {
                            start: number;
                            end: number;
                        };
                        quote?: string;
                    })[];
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    /** @description Address of the created record */
                    location?: string;
                    /** @description Entity tag of the representation (for If-None-Match and If-Match) */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EquipmentType"];
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since the version the request is based on, or the change conflicts */
            409: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not name the current version */
            412: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEquipmentById: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag already held: answered by 304 */
                "if-none-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    /** @description Entity tag of the representation (for If-None-Match and If-Match) */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EquipmentType"];
                };
            };
            /** @description Not modified: the representation named by If-None-Match is current */
            304: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    /** @description Entity tag of the representation (for If-None-Match and If-Match) */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchEquipmentById: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of the version the change is based on */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The version the change is based on (or send If-Match with the ETag) */
                    version?: number;
                    name?: string;
                    aliases?: {
                        en?: string[];
                        fr?: string[];
                        de?: string[];
                    };
                    category?: string;
                    unit?: string;
                    origin?: string | null;
                    manufacturer?: string | null;
                    indicative_unit_value?: {
                        amount: number | string;
                        currency: string;
                        year: number;
                        source?: string | null;
                        /** @enum {string} */
                        qualifier?: "exact" | "about" | "at_least" | "at_most" | "vague";
                        basis?: string;
                    } | null;
                    sources?: (string | {
                        /** Format: uri */
                        url?: string;
                        id?: string;
                        publisher?: string;
                        language?: string;
                        published_on?: string;
                        title?: string;
                        evidence?: {
                            start: number;
                            end: number;
                        };
                        quote?: string;
                    })[];
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    /** @description Entity tag of the representation (for If-None-Match and If-Match) */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EquipmentType"];
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since the version the request is based on, or the change conflicts */
            409: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not name the current version */
            412: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTargets: {
        parameters: {
            query?: {
                metric?: string;
                /** @description Page size (1-1000) */
                limit?: number;
                /** @description Rows to skip */
                offset?: number;
            };
            header?: {
                /** @description ETag already held: answered by 304 */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    /** @description Entity tag of the representation (for If-None-Match and If-Match) */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Target"][];
                        /** @description Rows matching the filters, all pages */
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            /** @description Not modified: the representation named by If-None-Match is current */
            304: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    /** @description Entity tag of the representation (for If-None-Match and If-Match) */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postTargets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id: string;
                    name: string;
                    metric: string;
                    value: number;
                    unit: string;
                    qualifier?: ("exact" | "about" | "at_least" | "at_most" | "vague") | null;
                    deadline_year?: number | null;
                    deadline_text?: string | null;
                    components?: {
                        id: string;
                        value: number;
                        unit: string;
                        qualifier?: ("exact" | "about" | "at_least" | "at_most" | "vague") | null;
                        description?: string;
                    }[];
                    agreed_at?: string | null;
                    agreed_on?: string | null;
                    country?: string | null;
                    details?: string | null;
                    sources?: (string | {
                        /** Format: uri */
                        url?: string;
                        id?: string;
                        publisher?: string;
                        language?: string;
                        published_on?: string;
                        title?: string;
                        evidence?: {
                            start: number;
                            end: number;
                        };
                        quote?: string;
                    })[];
                    confidence?: ("high" | "medium" | "low") | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    /** @description Address of the created record */
                    location?: string;
                    /** @description Entity tag of the representation (for If-None-Match and If-Match) */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Target"];
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since the version the request is based on, or the change conflicts */
            409: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not name the current version */
            412: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTargetsById: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag already held: answered by 304 */
                "if-none-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    /** @description Entity tag of the representation (for If-None-Match and If-Match) */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Target"];
                };
            };
            /** @description Not modified: the representation named by If-None-Match is current */
            304: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    /** @description Entity tag of the representation (for If-None-Match and If-Match) */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchTargetsById: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of the version the change is based on */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The version the change is based on (or send If-Match with the ETag) */
                    version?: number;
                    name?: string;
                    metric?: string;
                    value?: number;
                    unit?: string;
                    qualifier?: ("exact" | "about" | "at_least" | "at_most" | "vague") | null;
                    deadline_year?: number | null;
                    deadline_text?: string | null;
                    components?: {
                        id: string;
                        value: number;
                        unit: string;
                        qualifier?: ("exact" | "about" | "at_least" | "at_most" | "vague") | null;
                        description?: string;
                    }[];
                    agreed_at?: string | null;
                    agreed_on?: string | null;
                    country?: string | null;
                    details?: string | null;
                    sources?: (string | {
                        /** Format: uri */
                        url?: string;
                        id?: string;
                        publisher?: string;
                        language?: string;
                        published_on?: string;
                        title?: string;
                        evidence?: {
                            start: number;
                            end: number;
                        };
                        quote?: string;
                    })[];
                    confidence?: ("high" | "medium" | "low") | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    /** @description Entity tag of the representation (for If-None-Match and If-Match) */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Target"];
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since the version the request is based on, or the change conflicts */
            409: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not name the current version */
            412: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAuditBySeqRevert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                seq: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        reverted: string;
                        record: string;
                        how: string;
                    };
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSources: {
        parameters: {
            query?: {
                publisher?: string;
                /** @description Search in URLs and titles */
                q?: string;
                /** @description Page size (1-1000) */
                limit?: number;
                /** @description Rows to skip */
                offset?: number;
            };
            header?: {
                /** @description ETag already held: answered by 304 */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    /** @description Entity tag of the representation (for If-None-Match and If-Match) */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Source"][];
                        /** @description Rows matching the filters, all pages */
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            /** @description Not modified: the representation named by If-None-Match is current */
            304: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    /** @description Entity tag of the representation (for If-None-Match and If-Match) */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSourcesById: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag already held: answered by 304 */
                "if-none-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    /** @description Entity tag of the representation (for If-None-Match and If-Match) */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Source"];
                };
            };
            /** @description Not modified: the representation named by If-None-Match is current */
            304: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    /** @description Entity tag of the representation (for If-None-Match and If-Match) */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSourcesByIdText: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourceReading"];
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAudit: {
        parameters: {
            query?: {
                /** @description commitment, package, meeting… */
                record_type?: string;
                record_id?: string;
                actor?: string;
                /** @description On or after this date */
                from?: string;
                /** @description On or before this date (the whole day) */
                to?: string;
                /** @description Page size (1-1000) */
                limit?: number;
                /** @description Rows to skip */
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AuditEvent"][];
                        /** @description Rows matching the filters, all pages */
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReportsBurden: {
        parameters: {
            query?: {
                currency?: "EUR" | "USD";
                recipient?: string;
                /** @description First announcement date */
                from?: string | null;
                /** @description Last announcement date */
                to?: string | null;
                /** @description Only what was announced and happened on or before */
                as_of?: string | null;
                /** @description 2021 GDP, or the GDP of the commitment's year */
                gdp_year?: "2021" | "same";
                /** @description Valuation basis of in-kind lines: record (then catalogue), catalogue, kiel or declared */
                valuation?: "record" | "catalogue" | "kiel" | "declared";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BurdenReport"];
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReportsClaims: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimsReport"];
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReportsTargets: {
        parameters: {
            query?: {
                /** @description Year of the figures; the latest year of the primary edition when omitted */
                year?: number | null;
                /** @description Add the press-reported estimates as a separate, flagged field */
                include_secondary?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TargetsReport"];
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReportsPipeline: {
        parameters: {
            query?: {
                currency?: "EUR" | "USD";
                /** @description Only commitments to this recipient; all when omitted */
                recipient?: string | null;
                /** @description Report date: the state known on it; today when omitted */
                on?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PipelineReport"];
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReportsFollowThrough: {
        parameters: {
            query?: {
                /** @description Only this meeting */
                meeting?: string | null;
                /** @description As known on this date; today when omitted */
                as_of?: string | null;
                /** @description Valuation basis of in-kind lines: record (then catalogue), catalogue, kiel or declared */
                valuation?: "record" | "catalogue" | "kiel" | "declared";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowThroughReport"];
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReportsFairShare: {
        parameters: {
            query?: {
                /** @description Year of the contributions; the year before today when omitted */
                year?: number | null;
                /** @description Whose figures: the ledger's commitments (ledger), or an imported edition's military allocations dated in the year (its id, e.g. kiel-ust-r29 or edition:kiel-ust-r29) */
                basis?: string;
                /** @description Valuation basis of in-kind lines: record (then catalogue), catalogue, kiel or declared */
                valuation?: "record" | "catalogue" | "kiel" | "declared";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FairShareReport"];
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReportsValueOverTime: {
        parameters: {
            query?: {
                currency?: "EUR" | "USD";
                recipient?: string;
                /** @description Only these donors, comma-separated (DE,FR); every donor when omitted */
                donors?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValueOverTimeReport"];
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReportsEquipment: {
        parameters: {
            query?: {
                recipient?: string;
                /** @description Only this category */
                category?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EquipmentReport"];
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFreshness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Freshness"];
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postExtract: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    text: string;
                    published?: string | null;
                    /** @enum {string} */
                    lang?: "auto" | "fr" | "en" | "de";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        facts: components["schemas"]["Fact"][];
                    };
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postSourcesIngest: {
        parameters: {
            query?: {
                /** @description 1: queue the work as a job (202) */
                async?: "0" | "1" | "true" | "false";
            };
            header?: {
                /** @description `respond-async` to queue the work as a job (202) */
                prefer?: string;
                /** @description Names the job: the same key again returns the same job */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    text: string;
                    url?: string | null;
                    title?: string | null;
                    publisher?: string | null;
                    published?: string | null;
                    /** @enum {string} */
                    lang?: "auto" | "fr" | "en" | "de";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        source_id: string;
                        recognised: boolean;
                        language: string;
                        candidates: string[];
                    };
                };
            };
            /** @description Default Response */
            202: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReview: {
        parameters: {
            query?: {
                status?: "pending" | "accepted" | "merged" | "rejected";
                source?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Candidate"][];
                    };
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReviewById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Candidate"];
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postReviewByIdAccept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    edits?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Candidate"];
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postReviewByIdMerge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    commitment: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Candidate"];
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postReviewByIdReject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Candidate"];
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRequirements: {
        parameters: {
            query?: {
                recipient?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["RequirementListSummary"][];
                    };
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postRequirements: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id: string;
                    /** @description The edition this record is (as an export writes every edition): an edition already stored is left alone, the next one is added even when it equals the current */
                    edition?: number;
                    recipient: string;
                    title: string;
                    issued_on?: string | null;
                    note?: string | null;
                    /** @enum {string} */
                    visibility?: "public" | "coalition" | "restricted";
                    owner_party?: string | null;
                    sources?: (string | {
                        /** Format: uri */
                        url?: string;
                        id?: string;
                        publisher?: string;
                        language?: string;
                        published_on?: string;
                        title?: string;
                        evidence?: {
                            start: number;
                            end: number;
                        };
                        quote?: string;
                    })[];
                    requirements: {
                        key: string;
                        capability: string;
                        equipment?: string | null;
                        category?: string | null;
                        quantity?: number | null;
                        unit?: string | null;
                        priority: number;
                        needed_by?: string | null;
                        /** @enum {string} */
                        status?: "open" | "covered" | "withdrawn";
                        notes?: string | null;
                        /** @enum {string} */
                        visibility?: "public" | "coalition" | "restricted";
                        links?: {
                            commitment: string;
                            line?: number | null;
                            quantity?: number | null;
                            note?: string | null;
                        }[];
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequirementListImport"];
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since the version the request is based on, or the change conflicts */
            409: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not name the current version */
            412: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRequirementsById: {
        parameters: {
            query?: {
                edition?: number;
                format?: "json" | "csv";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequirementList"];
                    "text/csv": string;
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRequirementsByIdDiff: {
        parameters: {
            query: {
                from: number;
                to?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequirementDiff"];
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putRequirementsByIdItemsByKeyLinksByCommitment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                key: string;
                commitment: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    line?: number | null;
                    quantity?: number | null;
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        changed: boolean;
                    };
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since the version the request is based on, or the change conflicts */
            409: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not name the current version */
            412: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteRequirementsByIdItemsByKeyLinksByCommitment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                key: string;
                commitment: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        changed: boolean;
                    };
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since the version the request is based on, or the change conflicts */
            409: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not name the current version */
            412: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReportsCoverage: {
        parameters: {
            query?: {
                list?: string;
                edition?: number;
                /** @description Calendar date, YYYY-MM-DD */
                as_of?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoverageReport"];
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTimeline: {
        parameters: {
            query?: {
                party?: string;
                kind?: "suspension" | "ultimatum" | "leadership" | "deadline" | "due" | "meeting";
                /** @description Calendar date, YYYY-MM-DD */
                from?: string;
                /** @description Calendar date, YYYY-MM-DD */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["TimelineEntry"][];
                    };
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPeople: {
        parameters: {
            query?: {
                role?: string;
                party?: string;
                /** @description Calendar date, YYYY-MM-DD */
                on?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Person"][];
                    };
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPeopleCheck: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    text: string;
                    date?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        flags: {
                            /** @enum {string} */
                            kind: "misspelled" | "first_name_mismatch" | "title_held_by_other" | "title_not_held";
                            start: number;
                            end: number;
                            text: string;
                            person: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReviewByIdPeople: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        source_id: string;
                        published_on: string | null;
                        flags: {
                            /** @enum {string} */
                            kind: "misspelled" | "first_name_mismatch" | "title_held_by_other" | "title_not_held";
                            start: number;
                            end: number;
                            text: string;
                            person: string;
                            message: string;
                            near_candidate: boolean;
                        }[];
                    };
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMeetingsByIdBrief: {
        parameters: {
            query?: {
                format?: "json" | "md" | "pdf";
                /** @description Language of a Markdown or PDF pack: en or fr. Without it, the Accept-Language header decides (English when it names neither) */
                lang?: "en" | "fr";
            };
            header?: {
                /** @description Used for a Markdown or PDF pack when `lang` is not given, e.g. `fr-FR,fr;q=0.9` */
                "accept-language"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BriefingPack"];
                    "text/markdown": string;
                    "application/pdf": string;
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMeetingsByIdRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingPage"];
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putMeetingsByIdRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Version of the meeting record this is based on (0 for the first) */
                    version: number;
                    attendance?: {
                        party: string;
                        person?: string | null;
                        role?: string | null;
                        /** @description Who was expected, when someone stood in */
                        substitute_for?: string | null;
                    }[];
                    decisions?: string[];
                    /** @description New commitments announced at the meeting; each is linked to it */
                    announcements?: {
                        id?: string;
                        donor: string;
                        co_donors?: string[];
                        recipient: string;
                        mode?: ("donation" | "funded_purchase" | "pooled" | "industry" | "financial" | "sale") | null;
                        supplier?: string | null;
                        supplier_party?: string | null;
                        package?: string | null;
                        items?: {
                            equipment?: string | null;
                            category?: string | null;
                            quantity?: number | null;
                            quantity_qualifier?: ("exact" | "about" | "at_least" | "at_most" | "vague") | null;
                        }[];
                        money?: {
                            amount: (number | string) | null;
                            currency: string;
                            /** @enum {string} */
                            qualifier?: "exact" | "about" | "at_least" | "at_most" | "vague";
                            value_date?: string | null;
                        } | null;
                        money_alt?: {
                            amount: (number | string) | null;
                            currency: string;
                            /** @enum {string} */
                            qualifier?: "exact" | "about" | "at_least" | "at_most" | "vague";
                            label?: string;
                        }[];
                        announced_on?: string | null;
                        replenishes?: string | null;
                        note?: string | null;
                        sources?: (string | {
                            /** Format: uri */
                            url?: string;
                            id?: string;
                            publisher?: string;
                            language?: string;
                            published_on?: string;
                            title?: string;
                            evidence?: {
                                start: number;
                                end: number;
                            };
                            quote?: string;
                        })[];
                        confidence?: ("high" | "medium" | "low") | null;
                        /** @enum {string} */
                        visibility?: "public" | "coalition" | "restricted";
                        owner_party?: string | null;
                        events?: {
                            /**
                             * @default status
                             * @enum {string}
                             */
                            kind?: "status" | "delivery" | "suspension" | "resumption" | "correction";
                            status?: ("announced" | "committed" | "contracted" | "delivering" | "delivered" | "cancelled") | null;
                            date: string;
                            planned_on?: string | null;
                            line?: number | null;
                            quantity?: number | null;
                            /** @default false */
                            increase?: boolean;
                            until?: string | null;
                            corrects?: number | null;
                            source?: (string | {
                                /** Format: uri */
                                url?: string;
                                id?: string;
                                publisher?: string;
                                language?: string;
                                published_on?: string;
                                title?: string;
                                evidence?: {
                                    start: number;
                                    end: number;
                                };
                                quote?: string;
                            }) | null;
                            note?: string | null;
                        }[];
                        status_history?: {
                            /** @enum {string} */
                            status: "announced" | "committed" | "contracted" | "delivering" | "delivered" | "cancelled";
                            date: string;
                            source?: (string | {
                                /** Format: uri */
                                url?: string;
                                id?: string;
                                publisher?: string;
                                language?: string;
                                published_on?: string;
                                title?: string;
                                evidence?: {
                                    start: number;
                                    end: number;
                                };
                                quote?: string;
                            }) | null;
                            note?: string;
                        }[];
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingRecorded"];
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since the version the request is based on, or the change conflicts */
            409: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not name the current version */
            412: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMeetingsNext: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuggestedSession"] | null;
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCalendarIcs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEditions: {
        parameters: {
            query?: {
                dataset?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Edition"][];
                    };
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEditionsById: {
        parameters: {
            query?: {
                format?: "json" | "csv";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditionView"];
                    "text/csv": string;
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEditionsByIdDiffByOther: {
        parameters: {
            query?: {
                format?: "json" | "csv";
            };
            header?: never;
            path: {
                id: string;
                other: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditionDiff"];
                    "text/csv": string;
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEditionsLatestReconciliation: {
        parameters: {
            query?: {
                format?: "json" | "csv";
                /** @description The data set, e.g. kiel-ust */
                dataset?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reconciliation"];
                    "text/csv": string;
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEditionsByIdReconciliation: {
        parameters: {
            query?: {
                format?: "json" | "csv";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reconciliation"];
                    "text/csv": string;
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getExportIati: {
        parameters: {
            query?: {
                /** @description 1: queue the work as a job (202) */
                async?: "0" | "1" | "true" | "false";
            };
            header?: {
                /** @description `respond-async` to queue the work as a job (202) */
                prefer?: string;
                /** @description Names the job: the same key again returns the same job */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": string;
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getExportLedgerJson: {
        parameters: {
            query?: {
                /** @description Include the stored text of each source (table source_texts, or `text` of each source) */
                with_texts?: "0" | "1" | "true" | "false";
                /** @description Donor or co-donor party code */
                donor?: string;
                recipient?: string;
                mode?: "donation" | "funded_purchase" | "pooled" | "industry" | "financial" | "sale";
                /** @description Equipment type id, e.g. patriot */
                equipment?: string;
                /** @description Equipment category, e.g. air_defence */
                category?: string;
                /** @description Derived pipeline status (on as_of when given) */
                status?: "announced" | "committed" | "contracted" | "delivering" | "delivered" | "cancelled";
                /** @description Announced on or after */
                from?: string;
                /** @description Announced on or before */
                to?: string;
                /** @description Meeting at which it was announced */
                meeting?: string;
                /** @description Pooled package it contributes to */
                package?: string;
                /** @description The ledger as it stood on this date */
                as_of?: string;
                /** @description 1: queue the work as a job (202) */
                async?: "0" | "1" | "true" | "false";
            };
            header?: {
                /** @description `respond-async` to queue the work as a job (202) */
                prefer?: string;
                /** @description Names the job: the same key again returns the same job */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerExport"];
                };
            };
            /** @description Default Response */
            202: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getExportLedgerXlsx: {
        parameters: {
            query?: {
                /** @description Include the stored text of each source (table source_texts, or `text` of each source) */
                with_texts?: "0" | "1" | "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getExportTablesByTable: {
        parameters: {
            query?: {
                /** @description Include the stored text of each source (table source_texts, or `text` of each source) */
                with_texts?: "0" | "1" | "true" | "false";
            };
            header?: never;
            path: {
                table: "equipment" | "meetings" | "packages" | "package_funders" | "commitments" | "commitment_lines" | "commitment_events" | "claims" | "targets" | "sources" | "record_sources" | "source_texts" | "people" | "policy_events" | "requirement_editions" | "requirements" | "requirement_links" | "meeting_records" | "editions" | "edition_files" | "edition_figures" | "edition_activities";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSearch: {
        parameters: {
            query: {
                /** @description Words to find, at least two characters */
                q: string;
                /** @description Results per kind (1-50) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchResults"];
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getJobs: {
        parameters: {
            query?: {
                state?: "queued" | "running" | "completed" | "failed";
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Job"][];
                    };
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getJobsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getJobsByIdOutput: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postJobsByIdRetry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since the version the request is based on, or the change conflicts */
            409: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postImportsLedger: {
        parameters: {
            query?: {
                /** @description 1: queue the work as a job (202) */
                async?: "0" | "1" | "true" | "false";
            };
            header?: {
                /** @description `respond-async` to queue the work as a job (202) */
                prefer?: string;
                /** @description Names the job: the same key again returns the same job */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description A ledger document as `ramstein export --format json` writes it (docs/interchange.md) */
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    format?: "ramstein-ledger";
                    /** @enum {number} */
                    version?: 1;
                    sources?: unknown[];
                    equipment?: unknown[];
                    meetings?: unknown[];
                    packages?: unknown[];
                    commitments?: unknown[];
                    claims?: unknown[];
                    targets?: unknown[];
                    replenishments?: unknown[];
                    people?: unknown[];
                    policy_events?: unknown[];
                    requirements?: unknown[];
                    meeting_records?: unknown[];
                    editions?: unknown[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: {
                            created: number;
                            updated: number;
                            unchanged: number;
                        };
                    };
                };
            };
            /** @description Default Response */
            202: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postImportsEditions: {
        parameters: {
            query?: {
                /** @description 1: queue the work as a job (202) */
                async?: "0" | "1" | "true" | "false";
            };
            header?: {
                /** @description `respond-async` to queue the work as a job (202) */
                prefer?: string;
                /** @description Names the job: the same key again returns the same job */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    source: "kiel";
                    release: string;
                    /** @description File name → content, as in the release */
                    files: {
                        [key: string]: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        status: "imported" | "unchanged";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Default Response */
            202: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since the version the request is based on, or the change conflicts */
            409: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postLedgerImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LedgerDocumentInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        sources: {
                            created: number;
                            updated: number;
                            unchanged: number;
                        };
                        equipment: {
                            created: number;
                            updated: number;
                            unchanged: number;
                        };
                        meetings: {
                            created: number;
                            updated: number;
                            unchanged: number;
                        };
                        packages: {
                            created: number;
                            updated: number;
                            unchanged: number;
                        };
                        commitments: {
                            created: number;
                            updated: number;
                            unchanged: number;
                        };
                        claims: {
                            created: number;
                            updated: number;
                            unchanged: number;
                        };
                        targets: {
                            created: number;
                            updated: number;
                            unchanged: number;
                        };
                        replenishments: {
                            created: number;
                            updated: number;
                            unchanged: number;
                        };
                        people: {
                            created: number;
                            updated: number;
                            unchanged: number;
                        };
                        policy_events: {
                            created: number;
                            updated: number;
                            unchanged: number;
                        };
                        requirements: {
                            created: number;
                            updated: number;
                            unchanged: number;
                        };
                        meeting_records: {
                            created: number;
                            updated: number;
                            unchanged: number;
                        };
                        editions: {
                            created: number;
                            updated: number;
                            unchanged: number;
                        };
                    };
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since the version the request is based on, or the change conflicts */
            409: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not name the current version */
            412: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuditVerify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditVerification"];
                };
            };
            /** @description The query, path or headers are invalid */
            400: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sign-in needed, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role, nation, missing x-csrf-token, password change pending) */
            403: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not one the caller may see */
            404: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is invalid */
            422: {
                headers: {
                    /** @description Identifies the request in the server log */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
