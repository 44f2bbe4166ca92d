<?php
/*
 * Tests of the PHP extension of libbig: catalogues, assessments, reports,
 * mappings, comparisons (run by run.php, which defines test(), check(),
 * same(), throws(), throws_class(), c_output() and ids()).
 *
 * SPDX-License-Identifier: MIT
 */

declare(strict_types=1);

$CATALOGUE = "$DATA/worked-catalogue.json";
$ASSESSMENT = "$DATA/worked-assessment.json";

/** The report as the C library writes it. */
function c_report(string ...$args): string
{
    global $REPORT_JSON, $CATALOGUE, $ASSESSMENT;
    $cmd = array_merge([$REPORT_JSON, $CATALOGUE, $ASSESSMENT], $args);
    $out = [];
    $status = -1;
    exec(implode(' ', array_map('escapeshellarg', $cmd)) . ' 2>&1', $out, $status);
    same(0, $status, 'report-json exit status');
    // exec() drops the line ends; the report is lines ending in "\n".
    return implode("\n", $out) . "\n";
}

function model(): array
{
    global $DATA;
    $cat = BigCatalogue::load_file("$DATA/model-catalogue.json");
    return [$cat, BigAssessment::load_file($cat, "$DATA/model-assessment.json")];
}

/** The worked example a year on (docs/scoring.md, "Worked example: comparison"). */
function worked_after(BigCatalogue $cat): BigAssessment
{
    global $ASSESSMENT;
    $a = BigAssessment::load_file($cat, $ASSESSMENT);
    $a->set_status('A.2', 'implemented');
    $a->set_status('B.2', 'partially_implemented');
    $a->set_explanation('B.3', 'Geen eigen netwerk');
    $a->set_expires('B.3', '2027-01-01');
    return $a;
}

function worked(): array
{
    global $CATALOGUE, $ASSESSMENT;
    $cat = BigCatalogue::load_file($CATALOGUE);
    return [$cat, BigAssessment::load_file($cat, $ASSESSMENT)];
}

function build(BigCatalogue $cat): BigAssessment
{
    $a = new BigAssessment($cat, 'GM9901', '2025');
    $a->set_organisation_name('Gemeente Voorbeeldstad');
    $a->set_assessed_on('2025-10-01');
    $a->set_target(3);
    $a->set_status('A.1', 'implemented');
    $a->set_maturity('A.1', 4);
    $a->set_status('A.2', 'partially_implemented');
    $a->set_maturity('A.2', 2);
    $a->set_status('A.3', 'not_applicable');
    $a->set_explanation('A.3', 'Geen eigen datacenter');
    $a->set_expires('A.3', '2026-12-31');
    $a->set_status('B.1', 'risk_accepted');
    $a->set_explanation('B.1', 'Vervanging gepland');
    $a->set_expires('B.1', '2026-06-30');
    $a->set_status('B.3', 'not_applicable');
    return $a;
}

test('builtin catalogue', function () {
    same(['big-2013', 'bio-1.04', 'bio2-1.2', 'bio2-1.3'], big_builtin_names(), 'built-in names');
    // The short name of earlier releases is an alias of bio2-1.2.
    $cat = BigCatalogue::builtin('bio2');
    same('bio2', $cat->id, 'id');
    same('1.2', $cat->version, 'version');
    same(5, $cat->max_level, 'max_level');
    same([], $cat->diagnostics, 'diagnostics');
    $kinds = [];
    $i = 0;
    foreach ($cat as $n) {
        same($i++, $n->index, 'pre-order index');
        $kinds[$n->kind] = ($kinds[$n->kind] ?? 0) + 1;
    }
    same(count($cat), $i, 'count() = nodes iterated');
    same(93, $kinds['control'] ?? 0, 'controls');
    same(120, $kinds['measure'] ?? 0, 'measures');
    same($kinds['theme'] ?? -1, count($cat->roots), 'roots');
    same(count($cat), count($cat->nodes), 'nodes');
});

test('built-in names, titles per language, the lang option', function () {
    global $EXAMPLES;
    same('bio2', big_builtin_alias('bio2-1.2'), 'alias of bio2-1.2');
    same('bio2', big_builtin_alias('bio2'), 'alias of the alias');
    same(null, big_builtin_alias('bio2-1.3'), 'no alias');
    same(null, big_builtin_alias('nope'), 'not built in');
    $cat = BigCatalogue::builtin('bio2-1.3');
    $n = $cat->find('5.01.01');
    same(['en'], $n->title_languages, 'title languages');
    same('Information security policy adopted by the board', $n->title_in('en'), 'English title');
    same($n->title_in('en'), $n->title_in('en-GB'), 'primary subtag');
    same($n->title, $n->title_in(null), 'default title');
    same($n->title, $n->title_in('nl'), 'Dutch title');
    $demo = "$EXAMPLES/demo-assessment.json";
    $a = BigAssessment::load_file(BigCatalogue::builtin('bio2-1.2'), $demo);
    $r = $a->score(['lang' => 'en']);
    same('en', $r->lang, 'report lang');
    same('', $a->score([])->lang, 'no lang');
    same(c_output('--lang=en', 'builtin:bio2-1.2', $demo), $r->to_json(), 'report in English');
    same('en', big_score($a, ['lang' => 'en'])->lang, 'big_score lang');
    same('en', big_compare($a, $a, ['lang' => 'en'])->after->lang, 'big_compare lang');
    same('en', big_aggregate([$a], ['lang' => 'en'])->lang, 'big_aggregate lang');
    same('en', big_distribution([$r], [])->lang, 'distribution lang');
    $m = big_migrate($a, BigMapping::builtin('bio2-1.2-to-1.3'), $cat, ['lang' => 'en']);
    same(c_output('--migrate=builtin:bio2-1.2-to-1.3', '--to=builtin:bio2-1.3', '--csv', '--lang=en',
        'builtin:bio2-1.2', $demo), $m->to_csv(), 'migration CSV in English');
    throws_class(fn () => big_distribution([$r], ['lang' => 'en']), 'ValueError',
        'distribution takes no lang');
});

test('text overlays: load, access, score with one', function () {
    global $DATA, $CATALOGUE, $ASSESSMENT;
    $cat = BigCatalogue::load_file($CATALOGUE);
    $a = BigAssessment::load_file($cat, $ASSESSMENT);
    $path = "$DATA/worked-texts.json";
    $t = BigTexts::load_file($cat, $path, true);
    same(3, count($t), 'nodes with a text');
    same('en', $t->language, 'language');
    same('', $t->fingerprint, 'no fingerprint');
    same('CC0-1.0', $t->licence, 'licence');
    same('Keep an asset register', $t->title('A.2'), 'title by id');
    same('Keep an asset register', $t->title($cat->find('A.2')), 'title by node');
    same(null, $t->title('B.1'), 'no title');
    same('Backups are made and tested.', $t->text('B.1'), 'text');
    same('Requirement A.2', $t->title_lang('A.2', 'nl'), 'title of another language');
    $head = '{"format": "libbig.texts", "format_version": 1, "catalogue": '
        . '{"id": "worked-example", "version": "1"}, "language": "en", ';
    $u = BigTexts::load_string($cat, $head . '"texts": {"Z": {"title": "z"}}}');
    same('unknown-node', $u->diagnostics[0]->code, 'unknown node');
    same('$.texts.Z', $u->diagnostics[0]->path, 'its path');
    throws(fn () => BigTexts::load_string($cat, $head . '"texts": {"Z": {"title": "z"}}}', true),
        BIG_ENOTFOUND, 'unknown node when strict');
    throws(fn () => BigTexts::load_file(BigCatalogue::builtin('bio2-1.3'), $path), BIG_EMISMATCH,
        'another catalogue');
    throws(fn () => BigTexts::load_string($cat, $head . '"texts": {"A.1": {}}}'), BIG_ESCHEMA,
        'neither title nor text');
    $r = $a->score(['texts' => $t, 'include_text' => true]);
    unset($t);
    same(true, $r->include_text, 'include_text');
    same('en', $r->texts->language, 'the report keeps the overlay');
    same('Keep an asset register', $r->node_title('A.2'), 'report title');
    same(null, $r->node_text('A.1'), 'no text');
    $wtexts = "--texts=$path";
    same(c_output($wtexts, '--include-text', $CATALOGUE, $ASSESSMENT), $r->to_json(),
        'JSON with texts as C writes it');
    same(c_output($wtexts, '--include-text', '--csv', $CATALOGUE, $ASSESSMENT), $r->to_csv(),
        'CSV with texts as C writes it');
    same(null, big_score($a, [])->texts, 'no overlay');
    throws_class(fn () => $a->score(['texts' => 'worked-texts.json']), 'TypeError',
        'texts must be a BigTexts');
});

test('find', function () {
    $cat = BigCatalogue::builtin('bio2');
    $n = $cat->find('5.1');
    check($n instanceof BigNode, '5.1 exists');
    same('5.1', $n->id, 'id');
    same('Beleid voor informatiebeveiliging', $n->title, 'title');
    same('control', $n->kind, 'kind');
    same('5', $n->parent->id, 'parent');
    same(1, $n->depth, 'depth');
    check(in_array('ISO/IEC 27002:2022 5.1', $n->refs, true), 'refs');
    foreach ($n->children as $child) {
        same('5.1', $child->parent->id, 'parent of child');
    }
    same(null, $cat->find('nope'), 'find(nope)');
    same(null, $cat->roots[0]->parent, 'parent of a root');
    try {
        $cat->node(count($cat));
        throw new RuntimeException('node(count) did not throw');
    } catch (OutOfRangeException $e) {
    }
    throws(fn () => BigCatalogue::builtin('nope'), BIG_ENOTFOUND, 'builtin(nope)');
});

test('node outlives its catalogue', function () {
    $n = BigCatalogue::builtin('bio2')->find('5.1');
    gc_collect_cycles();
    same('Beleid voor informatiebeveiliging', $n->title, 'title');
    same('bio2', $n->catalogue->id, 'catalogue');
});

test('worked example: catalogue and assessment', function () {
    [$cat, $a] = worked();
    same(8, count($cat), 'count');
    $ids = array_map(fn ($n) => $n->id, $cat->find('A')->children);
    same(['A.1', 'A.2', 'A.3'], $ids, 'children');
    same(2.0, $cat->find('A.3')->weight, 'weight');
    same(true, $cat->find('B.1')->mandatory, 'mandatory');
    same(false, $cat->find('A')->assessable, 'assessable');
    same('GM9901', $a->organisation_id, 'organisation_id');
    same('Gemeente Voorbeeldstad', $a->organisation_name, 'organisation_name');
    same('2025', $a->period, 'period');
    same(3, $a->target, 'target');
    $r = $a->result('A.1');
    same('implemented', $r->status, 'status');
    same(4, $r->maturity, 'maturity');
    same(null, $a->result('A.3')->maturity, 'no maturity');
    same(null, $a->result('B.2'), 'no result');
});

test('a result is a view of its assessment', function () {
    $cat = BigCatalogue::builtin('bio2');
    $a = new BigAssessment($cat, 'GM0001', '2025');
    $req = $cat->requirements[0]->id;
    $a->set_status($req, 'partially_implemented');
    $r = $a->result($req);
    $a->set_status($req, 'implemented');
    $a->set_maturity($req, 3);
    same('implemented', $r->status, 'status seen after the change');
    same(3, $r->maturity, 'maturity seen after the change');
});

test('worked example: scores', function () {
    [, $a] = worked();
    $report = $a->score();
    $o = $report->overall;
    same(0.375, $o->implementation, 'implementation');
    same(3.0, $o->maturity_mean, 'maturity_mean');
    same(0, $o->attained_level, 'attained_level');
    same(5 / 6, $o->coverage, 'coverage');
    same(2 / 6, $o->comply_or_explain, 'comply_or_explain');
    same(6, $o->applicable, 'applicable');
    same([
        'implemented' => 1,
        'partially_implemented' => 1,
        'not_implemented' => 0,
        'not_applicable' => 2,
        'risk_accepted' => 1,
        'not_assessed' => 1,
    ], $o->counts, 'counts');
    same('hierarchical', $report->rollup, 'rollup');
    same(0.75, $report->scores('A')->implementation, 'A');
    $b = $report->scores('B');
    same(0.0, $b->implementation, 'B');
    same(null, $b->maturity_mean, 'B maturity_mean');
    same(null, $b->attained_level, 'B attained_level');
    same(null, $report->scores('nope'), 'scores(nope)');
    same(1.5 / 7, $a->score(['rollup' => 'flat'])->overall->implementation, 'flat');
    same(0.0, big_score($a, ['rollup' => 'weakest'])->overall->implementation, 'weakest');
    throws(fn () => $a->score(['rollup' => 'nope']), BIG_EINVAL, 'score(nope)');
    throws_class(fn () => $a->score(['rolup' => 'flat']), ValueError::class, 'unknown option');
    throws_class(fn () => $a->score('flat'), TypeError::class, 'options are an array');
    throws_class(fn () => $a->score(['target' => '3']), TypeError::class, 'target type');
});

test('worked example: gaps', function () {
    [, $a] = worked();
    $gaps = $a->score()->gaps;
    same(['B.1', 'B.2', 'B.3', 'A.2'], array_map(fn ($g) => $g->id, $gaps), 'order');
    same(true, $gaps[0]->mandatory, 'mandatory');
    same(['implementation', 'explanation'], $gaps[2]->kinds, 'kinds B.3');
    same(['implementation', 'maturity'], $gaps[3]->kinds, 'kinds A.2');
    same(0.5, $gaps[3]->size, 'size A.2');
    same(2, $gaps[3]->maturity, 'maturity A.2');
    same(null, $gaps[1]->maturity, 'maturity B.2');
    same('Requirement A.2', $gaps[3]->node->title, 'node');
});

test('worked example: exceptions register', function () {
    [$cat, $a] = worked();
    $register = $a->score()->exceptions;
    check(is_array($register) && array_is_list($register), 'a list');
    same(1, count($register), 'one entry');
    $x = $register[0];
    check($x instanceof BigExceptionEntry, 'BigExceptionEntry');
    check(!($x instanceof Throwable), 'not a Throwable');
    same('A.3', $x->id, 'id');
    same('not_applicable', $x->status, 'status');
    same('Geen eigen datacenter', $x->explanation, 'explanation');
    same(null, $x->owner, 'owner');
    same('2026-12-31', $x->expires, 'expires');
    check($x->node instanceof BigNode, 'node');
    same($cat->find('A.3')->index, $x->node->index, 'node index');
    same('Requirement A.3', $x->node->title, 'node title');
});

test('exceptions register outlives report, assessment and catalogue', function () {
    [$cat, $a] = worked();
    $report = $a->score();
    $entry = $report->exceptions[0];
    unset($report, $a, $cat);
    gc_collect_cycles();
    same('A.3', $entry->node->id, 'node id');
    same('Requirement A.3', $entry->node->title, 'node title');
    same('worked-example', $entry->node->catalogue->id, 'catalogue');
    same('A', $entry->node->parent->id, 'parent');
    same('Geen eigen datacenter', $entry->explanation, 'explanation');
});

test('exceptions register with an owner', function () {
    global $CATALOGUE;
    $a = build(BigCatalogue::load_file($CATALOGUE));
    $a->set_owner('A.3', 'CISO');
    $register = $a->score()->exceptions;
    same(['A.3'], array_map(fn ($x) => $x->id, $register), 'ids');
    same('CISO', $register[0]->owner, 'owner');
    $a->set_status('A.3', 'implemented');
    same([], $a->score()->exceptions, 'empty register');
    same('CISO', $register[0]->owner, 'copy unchanged');
});

test('to_json equals the C library', function () {
    [, $a] = worked();
    same(c_report(), $a->score()->to_json(), 'hierarchical');
    same(c_report('flat', 'compact'), $a->score(['rollup' => 'flat'])->to_json(true), 'flat compact');
});

test('to_json in nl_NL', function () {
    [, $a] = worked();
    $old = setlocale(LC_ALL, '0');
    if (setlocale(LC_ALL, 'nl_NL.UTF-8', 'nl_NL.utf8') === false) {
        if (getenv('BIG_TEST_LOCALE') === 'required') {
            throw new Exception('no nl_NL.UTF-8 locale, but BIG_TEST_LOCALE=required');
        }
        throw new Skip('no nl_NL.UTF-8 locale');
    }
    try {
        same('0,5', sprintf('%.1f', 0.5), 'the locale is in effect');
        same(c_report(), $a->score()->to_json(), 'hierarchical');
        same(c_report('flat'), $a->score(['rollup' => 'flat'])->to_json(), 'flat');
    } finally {
        setlocale(LC_ALL, $old);
    }
});

test('report outlives assessment and catalogue', function () {
    $report = worked()[1]->score();
    gc_collect_cycles();
    same(0.375, $report->overall->implementation, 'implementation');
    same('worked-example', $report->catalogue->id, 'catalogue');
    same('B.1', $report->gaps[0]->node->id, 'gap node');
    same(c_report(), $report->to_json(), 'json');
});

test('build an assessment', function () {
    global $CATALOGUE, $ASSESSMENT;
    $cat = BigCatalogue::load_file($CATALOGUE);
    $a = build($cat);
    $report = $a->score();
    same(0.375, $report->overall->implementation, 'implementation');
    same(c_report(), $report->to_json(), 'json');
    same(BigAssessment::load_file($cat, $ASSESSMENT)->to_json(), $a->to_json(), 'assessment json');
    $again = BigAssessment::load_string($cat, $a->to_json(true));
    same($a->to_json(), $again->to_json(), 'round trip');
    $a->add_evidence('A.1', 'beleid-2025.pdf');
    same(['beleid-2025.pdf'], $a->result('A.1')->evidence, 'evidence');
    $a->set_maturity('A.1', null);
    same(null, $a->result('A.1')->maturity, 'maturity cleared');
    $a->set_target(null);
    same(null, $a->target, 'target cleared');
    $a->set_attribute('inhabitants', 41250.0);
    same(['inhabitants' => 41250.0], $a->attributes, 'attributes');
    same(4, $a->score(['target' => 4])->target, 'target option');
});

test('opzet, bestaan, werking', function () {
    global $CATALOGUE;
    $cat = BigCatalogue::load_file($CATALOGUE);
    $a = build($cat);
    same(null, $a->result('A.1')->opzet, 'nothing recorded');
    $a->set_demonstrated('A.1', 'opzet', true);
    $a->add_demonstration_evidence('A.1', 'werking', 'red_team', 'Red team', null, '2025-04-01');
    $r = $a->result('A.1');
    same(true, $r->opzet->demonstrated, 'opzet');
    same(false, $r->werking->demonstrated, 'werking');
    same(null, $r->bestaan, 'bestaan');
    $e = $r->werking->evidence[0];
    same(['red_team', 'Red team', null, '2025-04-01'], [$e->kind, $e->what, $e->where, $e->date],
         'evidence');
    same(['opzet', 'bestaan', 'werking'], big_dimension_names(), 'dimensions');
    same([0.2, 0.0, 0.0], [$a->score()->overall->opzet, $a->score()->overall->bestaan,
                           $a->score()->overall->werking], 'shares');
    same($a->to_json(), BigAssessment::load_string($cat, $a->to_json())->to_json(), 'round trip');
    throws(fn () => $a->set_demonstrated('A.1', 'design', true), BIG_EINVAL, 'bad dimension');
    throws(fn () => $a->add_demonstration_evidence('A.1', 'opzet', 'survey', 'x'), BIG_EINVAL,
           'bad kind');
});

test('actions', function () {
    global $CATALOGUE;
    $cat = BigCatalogue::load_file($CATALOGUE);
    $a = build($cat);
    same([], $a->result('A.2')->actions, 'none');
    $a->add_action('A.2', 'Back-ups testen', 'IT-beheer', '2026-03-31');
    $a->add_action('A.2', 'Herstelplan', null, null, 'done');
    $acts = $a->result('A.2')->actions;
    same([['Back-ups testen', 'IT-beheer', '2026-03-31', 'planned'], ['Herstelplan', null, null, 'done']],
         array_map(fn ($x) => [$x->description, $x->owner, $x->due, $x->status], $acts), 'actions');
    same(['planned', 'in_progress', 'done'], big_action_status_names(), 'names');
    same($a->to_json(), BigAssessment::load_string($cat, $a->to_json())->to_json(), 'round trip');
    throws(fn () => $a->add_action('A.2', 'x', null, null, 'started'), BIG_EINVAL, 'bad status');
    throws(fn () => $a->add_action('A.2', ''), BIG_EINVAL, 'empty description');
    $a->clear_actions('A.2');
    same([], $a->result('A.2')->actions, 'cleared');
    unset($a);
    same('Back-ups testen', $acts[0]->description, 'kept alive');
});

test('gap actions', function () {
    global $CATALOGUE;
    $cat = BigCatalogue::load_file($CATALOGUE);
    $a = BigAssessment::load_file($cat, dirname($CATALOGUE) . '/actions-assessment.json');
    $report = $a->score();
    $gaps = [];
    foreach ($report->gaps as $g) {
        $gaps[$g->id] = [$g->owner, $g->open_actions, $g->without_action, $g->overdue];
    }
    same(['CISO', 2, false, true], $gaps['A.2'], 'A.2');
    same([null, 1, false, false], $gaps['B.1'], 'B.1');
    same([null, 0, true, false], $gaps['B.3'], 'B.3');
    same('2025-10-01', $report->as_of, 'as_of');
    $acts = $report->gap_actions('A.2');
    same(['Back-ups testen', 'IT-beheer', '2025-09-30', 'in_progress'],
         [$acts[0]->description, $acts[0]->owner, $acts[0]->due, $acts[0]->status], 'action');
    same([], $report->gap_actions('A.1'), 'no gap');
    $later = $a->score(['as_of' => '2026-04-01']);
    same(true, $later->gaps[0]->overdue, 'B.1 later');
    throws(fn () => $a->score(['as_of' => '2026-02-30']), BIG_EINVAL, 'bad as_of');
    unset($report, $a, $later);
    same('Herstel oefenen', $acts[1]->description, 'kept alive');
});

test('setter errors', function () {
    global $CATALOGUE;
    $cat = BigCatalogue::load_file($CATALOGUE);
    $a = new BigAssessment($cat, 'GM9901', '2025');
    throws(fn () => $a->set_status('nope', 'implemented'), BIG_ENOTFOUND, 'unknown id');
    throws(fn () => $a->set_status('A', 'implemented'), BIG_EINVAL, 'not assessable');
    throws(fn () => $a->set_status('A.1', 'done'), BIG_EINVAL, 'bad status');
    throws(fn () => $a->set_maturity('A.1', 9), BIG_ERANGE, 'maturity');
    throws(fn () => $a->set_target(6), BIG_ERANGE, 'target');
    throws(fn () => $a->set_expires('A.1', '31-12-2026'), BIG_EINVAL, 'date');
    throws(fn () => new BigAssessment($cat, '', '2025'), BIG_EINVAL, 'empty id');
});

// The 'x' on line 3, column 5 is not a JSON value.
$BAD = "{\n  \"format\":\n    x\n}\n";

test('syntax error', function () use ($BAD) {
    $e = throws(fn () => BigCatalogue::load_string($BAD), BIG_ESYNTAX, 'string');
    check(str_contains($e->getMessage(), '<buffer>:3:5:'), 'line:column in ' . $e->getMessage());
    check($e instanceof Exception, 'is an Exception');
    $path = tempnam(sys_get_temp_dir(), 'libbig');
    try {
        file_put_contents($path, $BAD);
        $e = throws(fn () => BigCatalogue::load_file($path), BIG_ESYNTAX, 'file');
        $message = $e->getMessage();
        check(str_contains($message, "$path:3:5:"), "path:line:column in $message");
    } finally {
        unlink($path);
    }
});

test('document head', function () use ($BAD) {
    global $EXAMPLES;
    same(['libbig.catalogue', 'libbig.assessment'], array_slice(big_document_kind_names(), 0, 2), 'kinds');
    $head = BigDocumentHead::read(file_get_contents("$EXAMPLES/demo-assessment.json"));
    same('libbig.assessment', $head->kind, 'kind');
    same(['bio2', '1.2'], [$head->catalogue_id, $head->catalogue_version], 'catalogue');
    $head = BigDocumentHead::read('{"format": "geojson"}');
    same([null, 'geojson', null], [$head->kind, $head->format, $head->catalogue_id], 'not libbig');
    $e = throws(fn () => BigDocumentHead::read($BAD, 'any.json'), BIG_ESYNTAX, 'bad');
    check(str_contains($e->getMessage(), 'any.json:3:5:'), 'line:column in ' . $e->getMessage());
});

test('missing file', function () {
    global $DATA, $CATALOGUE;
    $path = "$DATA/no-such-file.json";
    $e = throws(fn () => BigCatalogue::load_file($path), BIG_EIO, 'catalogue');
    same(-4, $e->getCode(), 'BIG_EIO');
    same('BIG_EIO', $e->getName(), 'name');
    check(str_contains($e->getMessage(), 'no-such-file.json'), 'path in ' . $e->getMessage());
    $cat = BigCatalogue::load_file($CATALOGUE);
    throws(fn () => BigAssessment::load_file($cat, $path), BIG_EIO, 'assessment');
});

test('mismatch and strict mode', function () {
    global $ASSESSMENT, $CATALOGUE;
    $bio2 = BigCatalogue::builtin('bio2');
    throws(fn () => BigAssessment::load_file($bio2, $ASSESSMENT), BIG_EMISMATCH, 'mismatch');
    $json = file_get_contents($CATALOGUE);
    $text = preg_replace('/"language"/', '"colour": "red", "language"', $json, 1);
    $cat = BigCatalogue::load_string($text);
    same(['unknown-field'], array_map(fn ($d) => $d->code, $cat->diagnostics), 'diagnostics');
    same('warning', $cat->diagnostics[0]->severity, 'severity');
    throws(fn () => BigCatalogue::load_string($text, true), BIG_ESCHEMA, 'strict');
});

test('type errors', function () {
    global $CATALOGUE;
    $a = new BigAssessment(BigCatalogue::load_file($CATALOGUE), 'GM9901', '2025');
    $calls = [
        'null catalogue' => fn () => BigAssessment::load_file(null, 'x.json'),
        'string level' => fn () => $a->set_maturity('A.1', 'three'),
        'float level' => fn () => $a->set_target(2.5),
    ];
    foreach ($calls as $what => $call) {
        try {
            $call();
            throw new RuntimeException("$what: no TypeError");
        } catch (TypeError $e) {
        }
    }
    throws(fn () => $a->set_maturity('A.1', PHP_INT_MAX), BIG_ERANGE, 'huge level');
});

test('model catalogue: maturity model and tags', function () {
    [$cat] = model();
    same(3, $cat->max_level, 'max_level');
    same(['geen', 'begin', 'vast', 'bewezen'], array_map(fn ($l) => $cat->level_label($l), range(0, 3)), 'labels');
    throws_class(fn () => $cat->level_label(4), OutOfRangeException::class, 'level 4');
    throws_class(fn () => $cat->level_label(-1), OutOfRangeException::class, 'level -1');
    $criteria = $cat->criteria;
    check($criteria[0] instanceof BigCriterion, 'BigCriterion');
    same([['owner', 1, 'Eigenaar benoemd'], ['written', 2, 'Beschreven'], ['approved', 2, ''], ['tested', 3, 'Getest']],
        array_map(fn ($c) => [$c->id, $c->level, $c->label], $criteria), 'criteria');
    same(3, $cat->find_criterion('tested')->level, 'find_criterion');
    same(null, $cat->find_criterion('nope'), 'find_criterion(nope)');
    $tags = $cat->tags;
    check($tags[0] instanceof BigTag, 'BigTag');
    same([['bbn1', 'BBN1'], ['bbn2', 'BBN2'], ['bbn3', ''], ['cloud', 'Cloud']],
        array_map(fn ($t) => [$t->id, $t->label], $tags), 'tags');
    same('Cloud', $cat->find_tag('cloud')->label, 'find_tag');
    same(null, $cat->find_tag('nope'), 'find_tag(nope)');
    $h12 = $cat->find('H1.2');
    same(['cloud'], $h12->tags, 'own tags');
    same(true, $h12->carries_tag('bbn1'), 'tag through the chapter');
    same(false, $h12->carries_tag('bbn2'), 'tag not carried');
    same(['H1.1', 'H1.2', 'H2.1', 'H2.2', 'H2.3'], ids($cat->requirements), 'requirements');
    same(0.6, $cat->status_value('partially_implemented'), 'status value');
    same(1.0, $cat->status_value('implemented'), 'implemented');
    throws(fn () => $cat->status_value('done'), BIG_EINVAL, 'status_value(done)');
    same(['performed', 'documented', 'implemented', 'monitored', 'improved'],
        ids(BigCatalogue::builtin('bio2')->criteria), 'default maturity model');
});

test('model catalogue: profiles', function () {
    [$cat] = model();
    $profiles = $cat->profiles;
    check($profiles[0] instanceof BigProfile, 'BigProfile');
    same(['bbn3', 'bbn2', 'bbn1', 'cloud', 'alles', 'cloud-bbn1'], ids($profiles), 'profiles');
    $bbn2 = $cat->find_profile('bbn2');
    same(null, $cat->find_profile('nope'), 'find_profile(nope)');
    same('BBN2', $bbn2->title, 'title');
    same(['bbn2'], $bbn2->tags, 'tags');
    same(['bbn1'], ids($bbn2->extends), 'extends');
    check($bbn2->extends[0] instanceof BigProfile, 'extends gives profiles');
    same(['bbn1', 'bbn2', 'bbn3'], $bbn2->priority, 'inherited priority');
    same(false, $bbn2->selects_all, 'selects_all');
    same(['H1.1', 'H1.2', 'H2.1'], ids($bbn2->requirements), 'requirements');
    same(3, count($bbn2), 'count');
    same(true, $bbn2->selects($cat->find('H1.1')), 'selects H1.1');
    same(false, $bbn2->selects($cat->find('H2.2')), 'selects H2.2');
    same(false, $bbn2->selects($cat->find('H1')), 'selects H1');
    throws_class(fn () => $bbn2->selects(null), TypeError::class, 'selects(null)');
    $alles = $cat->find_profile('alles');
    same(true, $alles->selects_all, 'alles selects all');
    same(['cloud'], $alles->priority, 'alles priority');
    same(5, count($alles), 'alles count');
    same(['cloud', 'bbn1'], ids($cat->find_profile('cloud-bbn1')->extends), 'extends two');
    same('model', $bbn2->catalogue->id, 'catalogue');
});

test('profile outlives its catalogue', function () {
    $p = model()[0]->find_profile('bbn2');
    gc_collect_cycles();
    same('bbn2', $p->id, 'id');
    same(['H1.1', 'H1.2', 'H2.1'], ids($p->requirements), 'requirements');
    same('bbn1', $p->extends[0]->id, 'extends');
});

test('worked example 2: assessment', function () {
    [, $a] = model();
    same('bbn2', $a->profile, 'profile');
    same(2, $a->derived_maturity('H1.1'), 'H1.1');
    same(1, $a->derived_maturity('H1.2'), 'H1.2');
    same(0, $a->derived_maturity('H2.1'), 'H2.1');
    same(null, $a->derived_maturity('H2.2'), 'H2.2');
    same(3, $a->result('H1.1')->maturity, 'given maturity');
    same(['owner', 'written', 'approved'], $a->result('H1.1')->criteria, 'criteria');
    same([], $a->result('H2.1')->criteria, 'empty criteria');
    same(null, $a->result('H2.2')->criteria, 'no criteria');
    $diags = $a->score()->diagnostics;
    same([['maturity-mismatch', '$.results["H1.1"].maturity']],
        array_map(fn ($d) => [$d->code, $d->path], $diags), 'diagnostics');
});

test('worked example 2: scores, gaps, attainments', function () {
    [$cat, $a] = model();
    $r = $a->score();
    same(0.4, $r->overall->implementation, 'hierarchical');
    same(0.5333333333333333, $a->score(['rollup' => 'flat'])->overall->implementation, 'flat');
    same(1.0, $r->overall->maturity_mean, 'maturity_mean');
    same(0, $r->overall->attained_level, 'attained_level');
    same(0.3333333333333333, $r->overall->comply_or_explain, 'comply_or_explain');
    same(3, $r->overall->applicable, 'applicable');
    check($r->profile instanceof BigProfile, 'report profile');
    same('bbn2', $r->profile->id, 'report profile id');
    same([['H1.2', 'bbn1', 0.4], ['H2.1', 'bbn2', 1.0]],
        array_map(fn ($g) => [$g->id, $g->tag, $g->size], $r->gaps), 'gaps');
    $att = $r->attainments;
    check($att[0] instanceof BigAttainment, 'BigAttainment');
    $got = [];
    foreach ($att as $x) {
        $got[$x->id] = [$x->requirements, $x->complied, $x->attained];
    }
    same([
        'bbn3' => [4, 2, false],
        'bbn2' => [3, 1, false],
        'bbn1' => [2, 1, false],
        'cloud' => [2, 1, false],
        'alles' => [5, 2, false],
        'cloud-bbn1' => [3, 2, false],
    ], $got, 'attainments');
    same('bbn3', $att[0]->profile->id, 'attainment profile');
    [, $w] = worked();
    same([], $w->score()->attainments, 'no profiles');
    same(null, $w->score()->profile, 'no report profile');
    same([null, null, null, null], array_map(fn ($g) => $g->tag, $w->score()->gaps), 'no gap tags');
});

test('profile option and set_profile', function () {
    [, $a] = model();
    $alles = $a->score(['profile' => 'alles']);
    same('alles', $alles->profile->id, 'profile option');
    same(5, $alles->overall->applicable, 'applicable');
    same([['H1.2', 'cloud'], ['H2.1', null], ['H2.3', null]],
        array_map(fn ($g) => [$g->id, $g->tag], $alles->gaps), 'gap tags under alles');
    same(2, big_score($a, ['rollup' => 'flat', 'target' => null, 'profile' => 'bbn1'])->overall->applicable, 'big_score profile');
    throws(fn () => $a->score(['profile' => 'nope']), BIG_ENOTFOUND, 'unknown profile');
    $a->set_profile(null);
    same(null, $a->profile, 'cleared');
    same(null, $a->score()->profile, 'no profile');
    same(5, $a->score()->overall->applicable, 'every requirement');
    $a->set_profile('bbn1');
    same('bbn1', $a->score()->profile->id, 'set');
    throws(fn () => $a->set_profile('nope'), BIG_ENOTFOUND, 'set_profile(nope)');
});

test('set_criteria_met', function () {
    [, $a] = model();
    $a->set_criteria_met('H2.1', ['owner', 'written', 'approved', 'tested']);
    same(3, $a->derived_maturity('H2.1'), 'all met');
    $a->set_criteria_met('H2.1', ['a' => 'written', 'b' => 'approved']);
    same(0, $a->derived_maturity('H2.1'), 'level 1 not met');
    $a->set_criteria_met('H2.1', []);
    same(0, $a->derived_maturity('H2.1'), 'none met');
    same([], $a->result('H2.1')->criteria, 'empty list');
    $a->set_criteria_met('H2.1', null);
    same(null, $a->derived_maturity('H2.1'), 'forgotten');
    same(null, $a->result('H2.1')->criteria, 'null');
    throws(fn () => $a->set_criteria_met('H2.1', ['nope']), BIG_ENOTFOUND, 'unknown criterion');
    throws(fn () => $a->set_criteria_met('H2.1', ['owner', 'owner']), BIG_EINVAL, 'twice');
    throws(fn () => $a->set_criteria_met('nope', ['owner']), BIG_ENOTFOUND, 'unknown requirement');
    throws_class(fn () => $a->set_criteria_met('H2.1', 'owner'), TypeError::class, 'a string');
    throws_class(fn () => $a->set_criteria_met('H2.1', [1]), TypeError::class, 'an int');
    same(null, $a->result('H2.1')->criteria, 'unchanged');
});

test('parity with the C library: JSON, CSV, gaps CSV', function () {
    global $DATA, $EXAMPLES, $CATALOGUE, $ASSESSMENT;
    $cases = [
        'worked' => [worked()[1], [$CATALOGUE, $ASSESSMENT]],
        'model' => [model()[1], ["$DATA/model-catalogue.json", "$DATA/model-assessment.json"]],
        'bio2 demo' => [
            BigAssessment::load_file(BigCatalogue::builtin('bio2'), "$EXAMPLES/demo-assessment.json"),
            ['builtin:bio2', "$EXAMPLES/demo-assessment.json"],
        ],
    ];
    foreach ($cases as $name => [$a, $args]) {
        $r = $a->score();
        same(c_output(...$args), $r->to_json(), "$name: json");
        same(c_output('--csv', ...$args), $r->to_csv(), "$name: csv");
        same(c_output('--gaps-csv', ...$args), $r->gaps_to_csv(), "$name: gaps csv");
        same(c_output('--csv', '--bom', '--safe', ...$args), $r->to_csv(true, true), "$name: csv bom safe");
        same(c_output('--gaps-csv', '--bom', ...$args), $r->gaps_to_csv(true), "$name: gaps csv bom");
        $flat = $a->score(['rollup' => 'flat', 'target' => 3]);
        same(c_output('--target=3', ...array_merge($args, ['flat', 'compact'])), $flat->to_json(true), "$name: flat");
    }
    same(file_get_contents("$DATA/worked-report.csv"), $cases['worked'][0]->score()->to_csv(), 'worked-report.csv');
    same(file_get_contents("$DATA/worked-gaps.csv"), $cases['worked'][0]->score()->gaps_to_csv(), 'worked-gaps.csv');
    same("\xEF\xBB\xBFid,kind,", substr(model()[1]->score()->to_csv(true), 0, 11), 'byte order mark');
    same('basishygiene', $cases['bio2 demo'][0]->score()->gaps[0]->tag, 'bio2 gap tag');
});

test('mapping', function () {
    global $DATA, $CATALOGUE;
    check(in_array('bio-to-bio2', big_builtin_mapping_names(), true), 'built in');
    $m = BigMapping::load_file("$DATA/small-mapping.json");
    same('small-to-worked', $m->id, 'id');
    same('Small catalogue to the worked example', $m->title, 'title');
    check(str_starts_with($m->note, 'A test mapping'), 'note');
    same(['small', '0.9', 'worked-example', '1'],
        [$m->source_id, $m->source_version, $m->target_id, $m->target_version], 'catalogues');
    same(['1.2', '2'], $m->unmapped, 'unmapped');
    same([], $m->diagnostics, 'diagnostics');
    $entries = $m->entries;
    check($entries[0] instanceof BigMappingEntry, 'BigMappingEntry');
    same([
        ['1.1', 'A.1', 'equal'],
        ['1.2.1', 'A.2', 'subset'],
        ['1.2.2', 'A.2', 'subset'],
        ['1.2.2', 'A.3', 'intersect'],
        ['2.1', 'B.1', 'superset'],
        ['2.1', 'A.2', 'not_related'],
    ], array_map(fn ($e) => [$e->source, $e->target, $e->relationship], $entries), 'entries');
    same(['A.2', 'A.3'], array_map(fn ($e) => $e->target, $m->source_entries('1.2.2')), 'source_entries');
    same(['1.2.1', '1.2.2', '2.1'], array_map(fn ($e) => $e->source, $m->target_entries('A.2')), 'target_entries');
    same([], $m->source_entries('nope'), 'no entries');
    $small = BigCatalogue::load_file("$DATA/small-catalogue.json");
    $worked = BigCatalogue::load_file($CATALOGUE);
    same(null, $m->check($small, $worked), 'check');
    throws(fn () => $m->check($worked, $small), BIG_EMISMATCH, 'swapped');
    $bad = BigMapping::load_string(str_replace('"target": "B.1"', '"target": "B.9"',
        file_get_contents("$DATA/small-mapping.json")));
    $e = throws(fn () => $bad->check($small, $worked), BIG_ENOTFOUND, 'unknown node');
    check(str_contains($e->getMessage(), '"B.9"'), 'message names the id: ' . $e->getMessage());
    throws_class(fn () => $m->check(null, $worked), TypeError::class, 'null catalogue');
    $bio = BigMapping::builtin('bio-to-bio2');
    same(['bio', '1.04', 'bio2', '1.2'],
        [$bio->source_id, $bio->source_version, $bio->target_id, $bio->target_version], 'builtin');
    $bio->check(BigCatalogue::builtin('bio'), BigCatalogue::builtin('bio2'));
    throws(fn () => BigMapping::builtin('nope'), BIG_ENOTFOUND, 'builtin(nope)');
    throws(fn () => BigMapping::load_file("$DATA/no-such-file.json"), BIG_EIO, 'missing file');
    throws(fn () => BigMapping::load_string("{\n  x\n}"), BIG_ESYNTAX, 'syntax');
    $entries = BigMapping::load_file("$DATA/small-mapping.json")->source_entries('2.1');
    gc_collect_cycles();
    same(['B.1', 'A.2'], array_map(fn ($e) => $e->target, $entries), 'entries outlive the mapping');
});

/** The comparison of the worked example and the C helper's JSON of it. */
function compare_c(BigAssessment $after, string ...$args): string
{
    global $CATALOGUE, $ASSESSMENT;
    $path = tempnam(sys_get_temp_dir(), 'libbig');
    try {
        file_put_contents($path, $after->to_json());
        $options = [];
        while ($args && str_starts_with($args[0], '--')) {
            $options[] = array_shift($args);
        }
        return c_output("--compare=$path", ...array_merge($options, [$CATALOGUE, $ASSESSMENT], $args));
    } finally {
        unlink($path);
    }
}

test('trend: worked example', function () {
    [$cat] = worked();
    $ids = ['A.1', 'A.2', 'A.3', 'B.1', 'B.2', 'B.3'];
    $words = ['i' => 'implemented', 'p' => 'partially_implemented', 'n' => 'not_implemented'];
    $made = [];
    foreach ([['GM0001', '2024', 'pppppp'], ['GM0002', '2024', 'nnnnnn'], ['GM0003', '2024', 'iiiiii'],
              ['GM0001', '2025', 'iiiiii'], ['GM0002', '2025', 'nnnnni'], ['GM0004', '2025', 'nnnnnn']]
             as [$org, $period, $results]) {
        $a = new BigAssessment($cat, $org, $period);
        foreach ($ids as $k => $id) {
            $a->set_status($id, $words[$results[$k]]);
        }
        $made[] = $a;
    }
    $opts = ['method' => 'mean', 'rollup' => 'flat'];
    $before = big_aggregate(array_slice($made, 0, 3), $opts);
    $after = big_aggregate(array_slice($made, 3), $opts);
    $t = big_trend_new($before, $after);
    check($t instanceof BigTrend, 'BigTrend');
    $e = $t->effects;
    check($e instanceof BigTrendEffects, 'BigTrendEffects');
    same([2, 1, 1], [$e->stayed, $e->joined, $e->left], 'counts');
    same(-0.25, $e->leavers, 'leavers');
    check(abs($e->change + 7 / 54) < 1e-15 && abs($e->stayers - 11 / 36) < 1e-15, 'change, stayers');
    same(['GM0001', 'GM0002', 'GM0004', 'GM0003'], array_map(fn ($m) => $m->id, $t->members), 'members');
    same([1.0, null], [$t->members[3]->before, $t->members[3]->after], 'the leaver');
    $b3 = $t->contributions[5];
    check($b3 instanceof BigRequirementTrend, 'BigRequirementTrend');
    same('B.3', $b3->id, 'B.3 last');
    same([['GM0002', 1.0], ['GM0001', 0.5]], array_map(fn ($c) => [$c->member, $c->change], $b3->members),
        'who moved B.3');
    check($b3->members[0] instanceof BigMemberChange, 'BigMemberChange');
    check(str_contains($t->to_json(true), '"format":"libbig.trend"'), 'to_json');
    throws(fn () => big_trend_new($before, big_aggregate([$made[3]])), BIG_EMISMATCH, 'methods differ');
    unset($before, $after, $made);
    gc_collect_cycles();
    same('mean', $t->before->method, 'the trend keeps its aggregates');
});

test('comparison: worked example', function () {
    [$cat, $before] = worked();
    $after = worked_after($cat);
    $c = big_compare($before, $after);
    check($c instanceof BigComparison, 'BigComparison');
    same(0.36904761904761907, $c->flat_delta, 'flat_delta');
    $contributions = $c->contributions;
    check($contributions[0] instanceof BigContribution, 'BigContribution');
    same([
        ['B.2', 'not_assessed', 'partially_implemented', 0.25],
        ['A.2', 'partially_implemented', 'implemented', 0.09523809523809523],
        ['A.1', 'implemented', 'implemented', 0.023809523809523808],
        ['B.3', 'not_applicable', 'not_applicable', 0.0],
    ], array_map(fn ($x) => [$x->id, $x->before, $x->after, $x->contribution], $contributions), 'contributions');
    same([true, false], [$contributions[3]->scorable_before, $contributions[3]->scorable_after], 'B.3 scorable');
    same('Requirement B.3', $contributions[3]->node->title, 'node');
    $o = $c->overall;
    check($o instanceof BigDelta, 'BigDelta');
    same(0.3125, $o->implementation, 'hierarchical overall');
    same(0.16666666666666663, $o->coverage, 'coverage');
    same(0.3333333333333333, $o->comply_or_explain, 'comply_or_explain');
    same(0.0, $o->maturity_mean, 'maturity_mean');
    same(0, $o->applicable, 'applicable');
    same(0.25, $c->node('A')->implementation, 'A by id');
    same(0.375, $c->node($cat->find('B'))->implementation, 'B by node');
    same(null, $c->node('B.3')->implementation, 'B.3 has no score after');
    same(null, $c->node('nope'), 'unknown id');
    same(null, $c->node(BigCatalogue::load_file($GLOBALS['CATALOGUE'])->find('A')), 'other catalogue');
    throws_class(fn () => $c->node(42), TypeError::class, 'node(42)');
    $weakest = big_compare($before, $after, ['rollup' => 'weakest']);
    same([0.0, 0.5, 0.0], [$weakest->overall->implementation, $weakest->node('A')->implementation,
        $weakest->node('B')->implementation], 'weakest');
    $flat = big_compare($before, $after, ['rollup' => 'flat']);
    same(0.21428571428571427, $flat->before->overall->implementation, 'flat before');
    same(0.5833333333333334, $flat->after->overall->implementation, 'flat after');
    same($flat->flat_delta, $flat->after->overall->implementation - $flat->before->overall->implementation, 'difference');
});

test('comparison: JSON equals the C library, reports outlive it', function () {
    [$cat, $before] = worked();
    $after = worked_after($cat);
    same(compare_c($after), big_compare($before, $after)->to_json(), 'hierarchical');
    same(compare_c($after, '--target=4', 'flat', 'compact'),
        big_compare($before, $after, ['rollup' => 'flat', 'target' => 4])->to_json(true), 'flat compact');
    $c = big_compare($before, $after, ['rollup' => 'flat']);
    $b = $c->before;
    $a = $c->after;
    check($b instanceof BigReport, 'BigReport');
    same(c_report('flat'), $b->to_json(), 'before report');
    unset($c);
    gc_collect_cycles();
    same(0.21428571428571427, $b->overall->implementation, 'before after unset');
    unset($b);
    gc_collect_cycles();
    same(['B.1', 'B.2', 'A.2'], array_map(fn ($g) => $g->id, $a->gaps), 'after gaps');
    $contributions = big_compare($before, $after)->contributions;
    unset($before, $after, $cat);
    gc_collect_cycles();
    same('B.2', $contributions[0]->node->id, 'contribution outlives everything');
});

test('comparison: options and errors', function () {
    [$cat, $before] = worked();
    $after = worked_after($cat);
    $after->set_target(4);
    throws(fn () => big_compare($before, $after), BIG_EMISMATCH, 'targets differ');
    same(3, big_compare($before, $after, ['target' => 3])->before->target, 'target chosen');
    throws(fn () => big_compare($before, $after, ['target' => 9]), BIG_ERANGE, 'target range');
    throws(fn () => big_compare($before, $after, ['rollup' => 'nope', 'target' => 3]), BIG_EINVAL, 'rollup');
    throws(fn () => big_compare($before, $after, ['rollup' => 'flat', 'target' => 3, 'profile' => 'nope']), BIG_ENOTFOUND, 'profile');
    throws(fn () => big_compare($before, model()[1]), BIG_EMISMATCH, 'other catalogue');
    throws_class(fn () => big_compare(null, $after), TypeError::class, 'null');
    [$mcat, $m] = model();
    $n = BigAssessment::load_string($mcat, $m->to_json());
    $n->set_status('H2.1', 'implemented');
    $c = big_compare($m, $n);
    same('bbn2', $c->before->profile->id, 'profile of the assessments');
    same(['H2.1'], array_map(fn ($x) => $x->id, $c->contributions), 'contributions');
    same('alles', big_compare($m, $n, ['profile' => 'alles'])->after->profile->id, 'profile option');
});
