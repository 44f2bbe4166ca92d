<?php
/*
 * Runs the tests of the PHP extension of libbig (meson test --suite php):
 * a plain runner that fails on any warning, notice or deprecation (each
 * becomes an exception), so no PHPUnit is needed.
 *
 * Usage: php -n -d extension=/path/to/libbig.so -d error_reporting=E_ALL \
 *            run.php REPORT_JSON DATA_DIR EXAMPLES_DIR TEST_FILE...
 *
 * REPORT_JSON is the C helper bindings/tests/report-json, whose output what
 * the extension writes must equal byte for byte; DATA_DIR is tests/data (the
 * worked examples of docs/scoring.md), EXAMPLES_DIR examples/data (the demo
 * and the collaboration data set). Each TEST_FILE calls test() for its cases.
 *
 * SPDX-License-Identifier: MIT
 */

declare(strict_types=1);

set_error_handler(function (int $severity, string $message, string $file, int $line): bool {
    throw new ErrorException($message, 0, $severity, $file, $line);
});

if ($argc < 5) {
    fwrite(STDERR, "usage: run.php REPORT_JSON DATA_DIR EXAMPLES_DIR TEST_FILE...\n");
    exit(2);
}
if (!extension_loaded('libbig')) {
    fwrite(STDERR, "the libbig extension is not loaded\n");
    exit(1);
}
$REPORT_JSON = $argv[1];
$DATA = rtrim($argv[2], '/');
$EXAMPLES = rtrim($argv[3], '/');

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

/** What the C helper prints for these arguments, byte for byte. */
function c_output(string ...$args): string
{
    global $REPORT_JSON;
    $cmd = array_merge([$REPORT_JSON], $args);
    $proc = proc_open($cmd, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
    check(is_resource($proc), 'report-json started');
    $out = stream_get_contents($pipes[1]);
    $err = stream_get_contents($pipes[2]);
    fclose($pipes[1]);
    fclose($pipes[2]);
    same(0, proc_close($proc), "report-json exit status ($err)");
    return $out;
}

/** Runs $fn, which must throw $class. */
function throws_class(callable $fn, string $class, string $what): void
{
    try {
        $fn();
    } catch (Throwable $t) {
        check($t instanceof $class, "$what: " . get_class($t) . ' is not ' . $class
            . ' (' . $t->getMessage() . ')');
        return;
    }
    throw new RuntimeException("$what: no $class thrown");
}

function ids(array $objects): array
{
    return array_map(fn ($o) => $o->id, $objects);
}

foreach (array_slice($argv, 4) as $file) {
    echo "# $file\n";
    require $file;
}

// Errors raised before the handler was set (e.g. while compiling this file).
$last = error_get_last();
if ($last !== null) {
    $failed++;
    echo "FAIL - PHP reported: {$last['message']} ({$last['file']}:{$last['line']})\n";
}

echo "$passed passed, $failed failed" . ($skipped ? ", $skipped skipped" : '') . "\n";
exit($failed === 0 ? 0 : 1);
