<?php
/*
 * Tests of the PHP extension of libbig (run by `meson test --suite php`).
 *
 * Usage: php -n -d extension=/path/to/libbig.so -d error_reporting=E_ALL \
 *            test_libbig.php REPORT_JSON DATA_DIR
 *
 * REPORT_JSON is the C helper bindings/tests/report-json, whose output the
 * report written through the extension must equal byte for byte; DATA_DIR
 * holds worked-catalogue.json and worked-assessment.json (the worked example
 * of docs/scoring.md). Any warning, notice or deprecation fails the run.
 *
 * SPDX-License-Identifier: MIT
 */

declare(strict_types=1);

set_error_handler(function (int $severity, string $message, string $file, int $line): bool {
    throw new ErrorException($message, 0, $severity, $file, $line);
});

if ($argc !== 3) {
    fwrite(STDERR, "usage: test_libbig.php REPORT_JSON DATA_DIR\n");
    exit(2);
}
if (!extension_loaded('libbig')) {
    fwrite(STDERR, "the libbig extension is not loaded\n");
    exit(1);
}
$REPORT_JSON = $argv[1];
$DATA = rtrim($argv[2], '/');
$CATALOGUE = "$DATA/worked-catalogue.json";
$ASSESSMENT = "$DATA/worked-assessment.json";

$passed = 0;
$failed = 0;
$skipped = 0;

final class Skip extends Exception
{
}

function check(bool $condition, string $what): void
{
    if (!$condition) {
        throw new RuntimeException("check failed: $what");
    }
}

function same($expected, $actual, string $what): void
{
    if ($expected !== $actual) {
        throw new RuntimeException(sprintf(
            "%s: expected %s, got %s",
            $what,
            var_export($expected, true),
            var_export($actual, true)
        ));
    }
}

/** Runs $fn, which must throw BigException with $code; returns the exception. */
function throws(callable $fn, int $code, string $what): BigException
{
    try {
        $fn();
    } catch (BigException $e) {
        same($code, $e->getCode(), "$what: code (" . $e->getMessage() . ")");
        same(big_error_name($code), $e->getName(), "$what: name");
        check($e->getMessage() !== '', "$what: message");
        return $e;
    }
    throw new RuntimeException("$what: no BigException thrown");
}

function test(string $name, callable $fn): void
{
    global $passed, $failed, $skipped;
    try {
        $fn();
        $passed++;
        echo "ok - $name\n";
    } catch (Skip $s) {
        $skipped++;
        echo "skip - $name: " . $s->getMessage() . "\n";
    } catch (Throwable $t) {
        $failed++;
        echo "FAIL - $name: " . get_class($t) . ': ' . $t->getMessage()
            . ' (' . basename($t->getFile()) . ':' . $t->getLine() . ")\n";
    }
}

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
    check(in_array('bio2', big_builtin_names(), true), 'bio2 is built in');
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

test('find', function () {
    $cat = BigCatalogue::builtin('bio2');
    $n = $cat->find('5.1');
    check($n instanceof BigNode, '5.1 exists');
    same('5.1', $n->id, 'id');
    same('Policies for information security', $n->title, 'title');
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
    same('Policies for information security', $n->title, 'title');
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
    same(1.5 / 7, $a->score('flat')->overall->implementation, 'flat');
    same(0.0, big_score($a, 'weakest')->overall->implementation, 'weakest');
    throws(fn () => $a->score('nope'), BIG_EINVAL, 'score(nope)');
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
    same(c_report('flat', 'compact'), $a->score('flat')->to_json(true), 'flat compact');
});

test('to_json in nl_NL', function () {
    [, $a] = worked();
    $old = setlocale(LC_ALL, '0');
    if (setlocale(LC_ALL, 'nl_NL.UTF-8', 'nl_NL.utf8') === false) {
        throw new Skip('no nl_NL.UTF-8 locale');
    }
    try {
        same('0,5', sprintf('%.1f', 0.5), 'the locale is in effect');
        same(c_report(), $a->score()->to_json(), 'hierarchical');
        same(c_report('flat'), $a->score('flat')->to_json(), 'flat');
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
    same(4, $a->score('hierarchical', 4)->target, 'target option');
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

// Errors raised before the handler was set (e.g. while compiling this file).
$last = error_get_last();
if ($last !== null) {
    $failed++;
    echo "FAIL - PHP reported: {$last['message']} ({$last['file']}:{$last['line']})\n";
}

echo "$passed passed, $failed failed" . ($skipped ? ", $skipped skipped" : '') . "\n";
exit($failed === 0 ? 0 : 1);
