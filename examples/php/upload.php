<?php
/*
 * Scores an uploaded assessment and shows its gap list as an HTML table: the
 * page a municipal portal would have. A form to upload a libbig.assessment
 * document; the result: the overall scores and every gap, in priority
 * order; or the gap list as CSV for a spreadsheet.
 *
 * Run it with PHP's built-in web server, then open http://localhost:8000/:
 *
 *   php -d extension=libbig.so -S localhost:8000 examples/php/upload.php
 *
 * (docs/php.md says where libbig.so is). Everything shown is escaped; the
 * catalogue comes from a fixed list; the upload is read once, never stored.
 *
 * SPDX-License-Identifier: MIT
 */

declare(strict_types=1);

// Numbers written by libbig do not depend on the locale; a Dutch portal runs with this one.
setlocale(LC_ALL, 'nl_NL.UTF-8', 'nl_NL.utf8', 'C.UTF-8');

const MAX_UPLOAD = 5 * 1024 * 1024;

function h(string $text): string
{
    return htmlspecialchars($text, ENT_QUOTES | ENT_SUBSTITUTE | ENT_HTML5, 'UTF-8');
}

function percent(?float $fraction): string
{
    return $fraction === null ? '–' : number_format(100 * $fraction, 1) . '%';
}

function page(string $title, string $body, int $status = 200): void
{
    http_response_code($status);
    header('Content-Type: text/html; charset=UTF-8');
    header("Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'");
    echo "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
        '<title>', h($title), "</title>\n",
        "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}",
        "td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left}",
        "td.num{text-align:right}.error{color:#a00}</style>\n</head>\n<body>\n",
        '<h1>', h($title), "</h1>\n", $body, "</body>\n</html>\n";
}

function form(string $catalogue = 'bio2-1.2'): string
{
    $options = '';
    foreach (big_builtin_names() as $name) {
        $selected = $name === $catalogue ? ' selected' : '';
        $options .= '<option value="' . h($name) . "\"$selected>" . h($name) . "</option>\n";
    }
    return "<form method=\"post\" enctype=\"multipart/form-data\">\n"
        . '<p><label>Assessment (libbig.assessment, JSON): '
        . "<input type=\"file\" name=\"assessment\" accept=\".json,application/json\" required></label></p>\n"
        . "<p><label>Catalogue: <select name=\"catalogue\">\n$options</select></label></p>\n"
        . "<p><button type=\"submit\" name=\"format\" value=\"html\">Score</button>\n"
        . "<button type=\"submit\" name=\"format\" value=\"csv\">Gap list as CSV</button></p>\n"
        . "</form>\n";
}

/** The uploaded document's text, or a message saying what is wrong with the upload. */
function uploaded(): array
{
    $file = $_FILES['assessment'] ?? null;
    if (!is_array($file) || !is_int($file['error'] ?? null)) {
        return [null, 'No assessment was uploaded.'];
    }
    if ($file['error'] === UPLOAD_ERR_INI_SIZE || $file['error'] === UPLOAD_ERR_FORM_SIZE
        || ($file['error'] === UPLOAD_ERR_OK && $file['size'] > MAX_UPLOAD)) {
        return [null, 'The file is larger than ' . MAX_UPLOAD / 1024 / 1024 . ' MB.'];
    }
    if ($file['error'] !== UPLOAD_ERR_OK || !is_uploaded_file($file['tmp_name'])) {
        return [null, 'The upload failed (error ' . $file['error'] . ').'];
    }
    $text = file_get_contents($file['tmp_name']);
    return $text === false ? [null, 'The upload could not be read.'] : [$text, basename((string)$file['name'])];
}

function gap_table(BigReport $report): string
{
    $rows = '';
    foreach ($report->gaps as $rank => $gap) {
        $rows .= '<tr><td class="num">' . ($rank + 1) . '</td><td>' . h($gap->id) . '</td><td>'
            . h($gap->node->title) . '</td><td>' . h(implode(', ', $gap->kinds)) . '</td>'
            . '<td class="num">' . number_format($gap->size, 2) . '</td><td>' . h($gap->status)
            . '</td><td class="num">' . ($gap->maturity ?? '–') . '</td><td>' . h($gap->tag ?? '')
            . '</td><td>' . ($gap->mandatory ? 'yes' : 'no') . "</td></tr>\n";
    }
    return "<table>\n<thead><tr><th>#</th><th>Requirement</th><th>Title</th><th>Shortfall</th>"
        . "<th>Size</th><th>Status</th><th>Maturity</th><th>Tag</th><th>Mandatory</th></tr></thead>\n"
        . "<tbody>\n$rows</tbody>\n</table>\n";
}

if (($_SERVER['REQUEST_METHOD'] ?? 'GET') !== 'POST') {
    page('Score an assessment', form());
    return;
}

$name = (string)($_POST['catalogue'] ?? '');
if (!in_array($name, big_builtin_names(), true)) {
    page('Score an assessment', '<p class="error">Unknown catalogue.</p>' . form(), 400);
    return;
}
[$text, $source] = uploaded();
if ($text === null) {
    page('Score an assessment', '<p class="error">' . h($source) . '</p>' . form($name), 400);
    return;
}
try {
    $catalogue = BigCatalogue::builtin($name);
    $assessment = BigAssessment::load_string($catalogue, $text, false, $source);
    $report = $assessment->score();
} catch (BigException $e) {
    // The message names the place in the document (line:column or a JSON path).
    page('Score an assessment', '<p class="error">' . h($e->getName() . ': ' . $e->getMessage())
        . '</p>' . form($name), 422);
    return;
}

if (($_POST['format'] ?? 'html') === 'csv') {
    header('Content-Type: text/csv; charset=UTF-8');
    header('Content-Disposition: attachment; filename="gaps.csv"');
    echo $report->gaps_to_csv(true, true); // a byte order mark and formula-safe text for Excel
    return;
}

$o = $report->overall;
$who = $assessment->organisation_name !== '' ? $assessment->organisation_name : $assessment->organisation_id;
$summary = '<p>' . h($who) . ', ' . h($assessment->period) . ', against ' . h($catalogue->title)
    . ' ' . h($catalogue->version) . ($report->profile ? ', profile ' . h($report->profile->id) : '')
    . "</p>\n<table>\n"
    . '<tr><th>Implementation</th><td class="num">' . percent($o->implementation) . "</td></tr>\n"
    . '<tr><th>Coverage</th><td class="num">' . percent($o->coverage) . "</td></tr>\n"
    . '<tr><th>Comply or explain</th><td class="num">' . percent($o->comply_or_explain) . "</td></tr>\n"
    . '<tr><th>Gaps</th><td class="num">' . count($report->gaps) . "</td></tr>\n</table>\n";
$warnings = '';
foreach ($report->diagnostics as $d) {
    $warnings .= '<li>' . h($d->severity . ' ' . $d->path . ': ' . $d->message) . "</li>\n";
}
page('Gaps of ' . $who, $summary . ($warnings ? "<h2>Diagnostics</h2>\n<ul>\n$warnings</ul>\n" : '')
    . "<h2>Gaps, in priority order</h2>\n" . gap_table($report) . '<h2>Another one</h2>' . form($name));
