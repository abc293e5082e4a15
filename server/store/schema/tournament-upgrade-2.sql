-- SPDX-License-Identifier: GPL-3.0-or-later
-- From schema 1: image sets gain their owner (unknown for older sets: only hosts see them) and shares.
ALTER TABLE image_sets ADD COLUMN owner_token TEXT NOT NULL DEFAULT '';
CREATE TABLE image_set_shares(
    image_set_id TEXT NOT NULL REFERENCES image_sets(id), token_id TEXT NOT NULL, PRIMARY KEY(image_set_id, token_id));
