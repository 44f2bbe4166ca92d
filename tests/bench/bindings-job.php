<?php
// bindings-job.py through the PHP extension (docs/performance.md, issue 16):
// php -n -d extension=build/bindings/php/libbig.so bindings-job.php DIR {job|walk}
function files($root) {
    $out = [];
    $top = "$root/assessments";
    $periods = scandir($top);
    foreach ($periods as $period) {
        if ($period[0] === '.') continue;
        $names = scandir("$top/$period");
        foreach ($names as $name)
            if (str_starts_with($name, 'GM') && str_ends_with($name, '.json')) $out[] = "$top/$period/$name";
    }
    return $out;
}
$cat = BigCatalogue::builtin('bio2');
$paths = array_slice(files($argv[1]), 0, (int)(getenv('LIMIT') ?: 100000));
$start = hrtime(true);
$n = 0;
if ($argv[2] === 'job') {
    foreach ($paths as $p) $n += strlen(BigAssessment::load_file($cat, $p)->score()->to_json());
} else {
    $nodes = $cat->nodes;
    foreach (array_slice($paths, 0, 340) as $p) {
        $r = BigAssessment::load_file($cat, $p)->score();
        foreach ($r->gaps as $g) $n += count($g->kinds) + ($g->size > 0.5) + strlen($g->id) + strlen($g->node->title);
        foreach ($nodes as $node) { $s = $r->scores($node); $n += $s->applicable + ($s->implementation ?? 0) > 0; }
    }
}
printf("%.6f\n", (hrtime(true) - $start) / 1e9);
