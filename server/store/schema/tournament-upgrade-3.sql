-- SPDX-License-Identifier: GPL-3.0-or-later
-- From schema 2: a team member's own token, and contestants' clocks that start when they join.
ALTER TABLE tokens ADD COLUMN member TEXT NOT NULL DEFAULT '';
CREATE TABLE clock_starts(
    event_id TEXT NOT NULL, round_id TEXT NOT NULL, contestant_id TEXT NOT NULL, play_seconds REAL NOT NULL,
    PRIMARY KEY(round_id, contestant_id));
