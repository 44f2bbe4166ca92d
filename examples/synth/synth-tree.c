/*
 * synth — writing a data set into a folder tree.
 *
 * SPDX-License-Identifier: MIT
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "synth-int.h"

static int make_dir(const char *path, FILE *err)
{
	if (mkdir(path, 0777) == 0 || errno == EEXIST)
		return 0;
	fprintf(err, "%s: cannot create: %s\n", path, strerror(errno));
	return -1;
}

static int write_file(const char *path, char *text, size_t len, FILE *err, size_t *files,
		      size_t *bytes)
{
	if (!text) {
		fprintf(err, "%s: out of memory\n", path);
		return -1;
	}
	FILE *f = fopen(path, "wb");
	int ok = f && fwrite(text, 1, len, f) == len;
	if (f && fclose(f))
		ok = 0;
	free(text);
	if (!ok) {
		fprintf(err, "%s: cannot write: %s\n", path, strerror(errno));
		return -1;
	}
	if (files)
		(*files)++;
	if (bytes)
		*bytes += len;
	return 0;
}

int synth_write_tree(const synth *s, const char *dir, FILE *err, size_t *files, size_t *bytes)
{
	size_t size = strlen(dir) + 64;
	char *path = malloc(size);
	size_t len = 0;
	int rc = -1;

	if (!path) {
		fprintf(err, "%s: out of memory\n", dir);
		return -1;
	}
	snprintf(path, size, "%s/assessments", dir);
	if (make_dir(dir, err) || make_dir(path, err))
		goto out;
	for (size_t p = 0; p < s->periods; p++) {
		snprintf(path, size, "%s/assessments/%s", dir, s->period_ids[p]);
		if (make_dir(path, err))
			goto out;
		for (size_t i = 0; i < s->orgs; i++) {
			snprintf(path, size, "%s/assessments/%s/%s.json", dir, s->period_ids[p],
				 synth_organisation_id(s, i));
			char *text = synth_municipality_json(s, i, p, &len);
			if (write_file(path, text, len, err, files, bytes))
				goto out;
		}
		for (size_t j = 0; j < s->collabs; j++) {
			snprintf(path, size, "%s/assessments/%s/%s.json", dir, s->period_ids[p],
				 s->collab[j].id);
			char *text = synth_collaboration_assessment_json(s, j, p, &len);
			if (write_file(path, text, len, err, files, bytes))
				goto out;
		}
	}
	snprintf(path, size, "%s/collaborations", dir);
	if (make_dir(path, err))
		goto out;
	for (size_t j = 0; j < s->collabs; j++) {
		snprintf(path, size, "%s/collaborations/%s.json", dir, s->collab[j].id);
		char *text = synth_collaboration_json(s, j, &len);
		if (write_file(path, text, len, err, files, bytes))
			goto out;
	}
	rc = 0;
out:
	free(path);
	return rc;
}
