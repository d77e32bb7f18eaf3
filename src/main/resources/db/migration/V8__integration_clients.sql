-- Integration clients (OAuth 2.0 client credentials) and the key that signs their tokens.
create table integration_client (
  id          uuid          primary key,
  client_id   varchar(80)   not null unique,
  name        varchar(200)  not null,
  -- SHA-256 of a 256-bit random secret (hex): no dictionary to try, so no slow hash needed
  secret_hash varchar(64)   not null,
  scopes      varchar(500)  not null,
  created_at  timestamp with time zone not null,
  created_by  varchar(64)   not null,
  revoked_at  timestamp with time zone,
  revoked_by  varchar(64),
  version     bigint        not null
);

-- The token-signing key when the operator configures none: made by the first node that starts,
-- read by every other, so that a token from one node is valid on all.
create table signing_key (
  -- one row, 'current': a second node that starts at the same moment fails to insert its own
  slot        varchar(16)   primary key,
  kid         varchar(64)   not null,
  private_key varchar(4000) not null,
  created_at  timestamp with time zone not null
);
