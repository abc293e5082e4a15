-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 2: who played each round, on a PC that trainees share (empty where no name was given).
ALTER TABLE practice_round ADD COLUMN trainee TEXT NOT NULL DEFAULT '';
CREATE INDEX practice_round_trainee ON practice_round (trainee, id);
