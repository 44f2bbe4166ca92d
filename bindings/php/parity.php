<?php
/*
 * Prints what the PHP extension writes of example documents: the same
 * arguments and the same bytes as bindings/tests/report-json (its new form,
 * see there). bindings/tests/check-parity.py compares the three. Any
 * warning, notice or deprecation fails the run.
 *
 * Usage: php -d extension=libbig.so parity.php [OPTION...] CATALOGUE FILE...
 *        php -d extension=libbig.so parity.php --batch CASES.json
 *
 * SPDX-License-Identifier: MIT
 */

declare(strict_types=1);

error_reporting(E_ALL);
set_error_handler(function (int $severity, string $message, string $file, int $line): bool {
    throw new ErrorException($message, 0, $severity, $file, $line);
});

function fail(string $message, int $code = 2): never
{
    fwrite(STDERR, "parity.php: $message\n");
    exit($code);
}

function numbers(string $text): array
{
    return $text === '' ? [] : array_map('floatval', explode(',', $text));
}

function catalogue(string $arg): BigCatalogue
{
    return str_starts_with($arg, 'builtin:')
        ? BigCatalogue::builtin(substr($arg, 8)) : BigCatalogue::load_file($arg);
}

function mapping(string $arg): BigMapping
{
    return str_starts_with($arg, 'builtin:')
        ? BigMapping::builtin(substr($arg, 8)) : BigMapping::load_file($arg);
}

/** The options, and the positional arguments. */
function parse(array $argv): array
{
    $o = ['mode' => 'report', 'output' => 'json', 'collaborations' => [], 'score' => [],
        'aggregate' => [], 'compact' => false, 'bom' => false, 'safe' => false,
        'keep_maturity' => false];
    $flags = ['--csv' => ['output', 'csv'], '--gaps-csv' => ['output', 'gaps_csv'],
        '--ranking-csv' => ['output', 'ranking_csv'],
        '--assessment' => ['output', 'assessment'], '--fingerprint' => ['output', 'fingerprint'],
        '--ranks' => ['output', 'ranks'],
        '--report' => ['output', 'report'],
        '--aggregate' => ['mode', 'aggregate'],
        '--distribution' => ['mode', 'distribution'], '--compact' => ['compact', true],
        '--workbook' => ['mode', 'workbook'],
        '--bom' => ['bom', true], '--safe' => ['safe', true],
        '--keep-maturity' => ['keep_maturity', true], '--include-text' => ['include_text', true]];
    $i = 0;
    while ($i < count($argv) && str_starts_with($argv[$i], '--')) {
        $arg = $argv[$i++];
        [$name, $value] = array_pad(explode('=', $arg, 2), 2, '');
        if (isset($flags[$arg])) {
            [$key, $v] = $flags[$arg];
            $o[$key] = $v;
        } elseif ($name === '--compare') {
            [$o['mode'], $o['after']] = ['compare', $value];
        } elseif ($name === '--effective') {
            [$o['mode'], $o['effective']] = ['effective', $value];
        } elseif ($name === '--migrate') {
            [$o['mode'], $o['mapping']] = ['migrate', $value];
        } elseif ($name === '--to') {
            $o['to'] = $value;
        } elseif ($name === '--texts') {
            $o['texts'] = $value;
        } elseif ($name === '--as-of') {
            $o['as_of'] = $value;
        } elseif ($name === '--collaboration') {
            $o['collaborations'][] = $value;
        } elseif ($name === '--profile' || $name === '--rollup' || $name === '--lang') {
            $o['score'][substr($name, 2)] = $o['aggregate'][substr($name, 2)] = $value;
        } elseif ($name === '--target') {
            $o['score']['target'] = $o['aggregate']['target'] = intval($value);
        } elseif ($name === '--method') {
            $o['aggregate']['method'] = $value;
        } elseif ($name === '--weight-attribute') {
            $o['aggregate']['weight_attribute'] = $value;
        } elseif ($name === '--weights') {
            $o['aggregate']['weights'] = numbers($value);
        } elseif ($name === '--expected-weights') {
            $o['aggregate']['expected_weights'] = numbers($value);
        } elseif ($name === '--expected') {
            $o['aggregate']['expected_members'] = explode(',', $value);
        } elseif ($name === '--trend') {
            $o['trend'] = intval($value);
        } elseif ($name === '--k') {
            $o['k'] = $o['aggregate']['k'] = intval($value);
        } elseif ($arg === '--flatten') {
            $o['aggregate']['flatten'] = true;
        } elseif ($name === '--locale') {
            if (setlocale(LC_ALL, $value) === false) {
                fail("no locale $value", 77);
            }
        } else {
            fail("unknown option $arg");
        }
    }
    if (count($argv) - $i < 2) {
        fail('usage: parity.php [OPTION...] CATALOGUE FILE...');
    }
    return [$o, $argv[$i], array_slice($argv, $i + 1)];
}

function write(object $obj, array $o, bool $csv): string
{
    return $csv ? $obj->to_csv($o['bom'], $o['safe']) : $obj->to_json($o['compact']);
}

/** The percentile ranks of --ranks, as report-json.c writes them (%h: no locale). */
function ranks(BigDistribution $d, BigReport $r, BigCatalogue $cat): string
{
    $out = '';
    foreach (array_merge([null], $cat->roots) as $node) {
        $scores = $node === null ? $r->overall : $r->scores($node);
        foreach (big_distribution_score_names() as $score) {
            $head = ($node === null ? 'overall' : $node->id) . " $score ";
            $value = $scores->$score;
            if ($value === null) {
                $out .= $head . "none\n";
                continue;
            }
            try {
                $out .= $head . sprintf("%.17h\n", $d->percentile_rank($value, $node, $score));
            } catch (BigException $e) {
                $out .= $head . 'error ' . big_error_name($e->getCode()) . "\n";
            }
        }
    }
    return $out;
}

function run(array $o, BigCatalogue $cat, array $as): string
{
    $s = $o['score'];
    switch ($o['mode']) {
        case 'compare':
            $after = BigAssessment::load_file($cat, $o['after']);
            return big_compare($as[0], $after, $s)->to_json($o['compact']);
        case 'aggregate':
            $pool = array_map(fn ($p) => BigCollaboration::load_file($cat, $p), $o['collaborations']);
            $make = fn (array $some) => $pool
                ? $pool[0]->aggregate($some, $o['aggregate'] + ['collaborations' => $pool])
                : big_aggregate($some, $o['aggregate']);
            if (isset($o['trend'])) {
                $before = $make(array_slice($as, 0, $o['trend']));
                $t = big_trend_new($before, $make(array_slice($as, $o['trend'])));
                return write($t, $o, $o['output'] === 'csv');
            }
            $ag = $make($as);
            if ($o['output'] === 'gaps_csv') {
                return $ag->gaps_to_csv($o['bom'], $o['safe']);
            }
            if ($o['output'] === 'ranking_csv') {
                return $ag->ranking_to_csv($o['bom'], $o['safe']);
            }
            return write($ag, $o, $o['output'] === 'csv');
        case 'distribution':
            $reports = array_map(fn ($a) => $a->score($s), $as);
            $d = big_distribution($reports, isset($o['k']) ? ['k' => $o['k']] : []);
            if ($o['output'] === 'ranks') {
                return ranks($d, $reports[0], $cat);
            }
            return write($d, $o, $o['output'] === 'csv');
        case 'effective':
            $c = BigCollaboration::load_file($cat, $o['effective']);
            $e = $c->effective_assessment($as[0], $as[1] ?? null);
            if ($o['output'] === 'report') {
                return $e->score($s)->to_json($o['compact']);
            }
            return $e->to_json($o['compact']);
        case 'workbook':
            $texts = isset($o['texts']) ? BigTexts::load_file($cat, $o['texts']) : null;
            $wb = BigWorkbook::template($cat, null, null, null, null, $s['lang'] ?? null, $texts, $as[0]);
            if ($o['output'] === 'assessment') {
                $back = new BigWorkbook();
                foreach ($wb->sheet_names as $i => $name) {
                    $back->add_csv("w-$name.csv", $wb->sheet_to_csv($i));
                }
                return $back->to_assessment($cat)->to_json($o['compact']);
            }
            $out = '';
            foreach ($wb->sheet_names as $i => $name) {
                $out .= "== $name\n" . $wb->sheet_to_csv($i, !$o['bom']);
            }
            return $out;
        case 'migrate':
            $m = big_migrate($as[0], mapping($o['mapping']), catalogue($o['to']),
                ['keep_maturity' => $o['keep_maturity']] + array_intersect_key($s, ['lang' => 0]));
            if ($o['output'] === 'assessment') {
                return $m->assessment->to_json($o['compact']);
            }
            return write($m, $o, $o['output'] === 'csv');
        default:
            if ($o['output'] === 'fingerprint') {
                return $cat->fingerprint . "\n";
            }
            if (isset($o['texts'])) {
                $s['texts'] = BigTexts::load_file($cat, $o['texts']);
            }
            if (!empty($o['include_text'])) {
                $s['include_text'] = true;
            }
            if (isset($o['as_of'])) {
                $s['as_of'] = $o['as_of'];
            }
            $r = $as[0]->score($s);
            if ($o['output'] === 'gaps_csv') {
                return $r->gaps_to_csv($o['bom'], $o['safe']);
            }
            return write($r, $o, $o['output'] === 'csv');
    }
}

/** [status, output]: 0 and what is written, or 1 and the message. */
function render(array $args): array
{
    [$o, $catArg, $files] = parse($args);
    try {
        $cat = catalogue($catArg);
        $as = array_map(fn ($f) => BigAssessment::load_file($cat, $f), $files);
        return [0, run($o, $cat, $as)];
    } catch (BigException $e) {
        return [1, 'parity.php: ' . $e->getMessage() . ' (' . $e->getName() . ")\n"];
    }
}

if (($argv[1] ?? '') === '--batch') {
    // The cases: a JSON array of argument arrays; the results: a JSON array
    // of {"status", "output" (base64)}, each case from the C locale.
    $results = [];
    foreach (json_decode(file_get_contents($argv[2]), true, 8, JSON_THROW_ON_ERROR) as $args) {
        setlocale(LC_ALL, 'C');
        [$status, $out] = render($args);
        $results[] = ['status' => $status, 'output' => base64_encode($out)];
    }
    echo json_encode($results, JSON_THROW_ON_ERROR), "\n";
    exit(0);
}
[$status, $out] = render(array_slice($argv, 1));
fwrite($status === 0 ? STDOUT : STDERR, $out);
exit($status);
