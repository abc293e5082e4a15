-- SPDX-License-Identifier: GPL-3.0-or-later
-- The tournament server's database (tournament.sqlite), as a new server creates it: schema 3.
CREATE TABLE events(
    id TEXT PRIMARY KEY, title TEXT NOT NULL, practice INTEGER NOT NULL, reveal_truth INTEGER NOT NULL,
    owner_token TEXT NOT NULL, created_ms INTEGER NOT NULL);
CREATE TABLE rounds(
    event_id TEXT NOT NULL REFERENCES events(id), position INTEGER NOT NULL, plan_json TEXT NOT NULL,
    PRIMARY KEY(event_id, position));
CREATE TABLE clock_commands(
    event_id TEXT NOT NULL REFERENCES events(id), sequence INTEGER NOT NULL, kind INTEGER NOT NULL,
    at_ms INTEGER NOT NULL, PRIMARY KEY(event_id, sequence));
CREATE TABLE image_sets(
    id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, folder TEXT NOT NULL, manifest_sha256 TEXT NOT NULL,
    created_ms INTEGER NOT NULL, owner_token TEXT NOT NULL DEFAULT '');
CREATE TABLE image_set_shares(
    image_set_id TEXT NOT NULL REFERENCES image_sets(id), token_id TEXT NOT NULL, PRIMARY KEY(image_set_id, token_id));
CREATE TABLE contestants(
    id TEXT PRIMARY KEY, event_id TEXT NOT NULL REFERENCES events(id), name TEXT NOT NULL,
    members_json TEXT NOT NULL);
CREATE TABLE tokens(
    id TEXT PRIMARY KEY, secret_sha256 TEXT NOT NULL UNIQUE, role INTEGER NOT NULL, event_id TEXT,
    contestant_id TEXT, label TEXT NOT NULL, revoked INTEGER NOT NULL DEFAULT 0, created_ms INTEGER NOT NULL,
    member TEXT NOT NULL DEFAULT '');
CREATE TABLE clock_starts(
    event_id TEXT NOT NULL, round_id TEXT NOT NULL, contestant_id TEXT NOT NULL, play_seconds REAL NOT NULL,
    PRIMARY KEY(round_id, contestant_id));
CREATE TABLE answers(
    event_id TEXT NOT NULL, round_id TEXT NOT NULL, contestant_id TEXT NOT NULL, scan_index INTEGER NOT NULL,
    answer_id TEXT NOT NULL, token_id TEXT NOT NULL, received_ms INTEGER NOT NULL, play_seconds REAL NOT NULL,
    decision INTEGER NOT NULL, answer_json TEXT NOT NULL,
    PRIMARY KEY(round_id, contestant_id, scan_index), UNIQUE(contestant_id, answer_id));
CREATE TABLE audit(
    sequence INTEGER PRIMARY KEY AUTOINCREMENT, at_ms INTEGER NOT NULL, token_id TEXT NOT NULL,
    event_id TEXT NOT NULL, action TEXT NOT NULL, detail TEXT NOT NULL);
CREATE TABLE server_state(key TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE application(name TEXT NOT NULL);
INSERT INTO application(name) VALUES ('pentournament-server');
