<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../../algorithms/benchmarking.py" line="49" />
        <source>{0}: N {1}, mean {2:.4f}, median {3:.4f}, max {4:.4f}, P90 {5:.4f}, P95 {6:.4f} (1/km).</source>
        <translation>{0}: N {1}, gemiddelde {2:.4f}, mediaan {3:.4f}, max. {4:.4f}, P90 {5:.4f}, P95 {6:.4f} (1/km).</translation>
    </message>
    <message>
        <location filename="../../algorithms/benchmarking.py" line="67" />
        <source>Published values exist only for {0}, not for “{1}”: compute the benchmark from the input or enter the values.</source>
        <translation>Gepubliceerde waarden bestaan alleen voor {0}, niet voor “{1}”: bereken de benchmark uit de invoer of voer de waarden in.</translation>
    </message>
    <message>
        <location filename="../../algorithms/benchmarking.py" line="76" />
        <source>Enter {0}, or choose another source of benchmark values.</source>
        <translation>Voer {0} in, of kies een andere bron voor de benchmarkwaarden.</translation>
    </message>
    <message>
        <location filename="../../algorithms/benchmarking.py" line="79" />
        <source>The sector has no definition naming its benchmark: choose Industry or Services as benchmark, or enter the values.</source>
        <translation>De sector heeft geen definitie die de benchmark noemt: kies Industrie of Diensten als benchmark, of voer de waarden in.</translation>
    </message>
    <message>
        <location filename="../../algorithms/benchmarking.py" line="85" />
        <source>Computing the {0} from the input needs the SBI code field (or choose the published or entered values).</source>
        <translation>Om {0} uit de invoer te berekenen is het SBI-codeveld nodig (of kies de gepubliceerde of ingevoerde waarden).</translation>
    </message>
    <message>
        <location filename="../../algorithms/benchmarking.py" line="96" />
        <source>{0}: {1} establishments of {2} ({3}).</source>
        <translation>{0}: {1} vestigingen van {2} ({3}).</translation>
    </message>
    <message>
        <location filename="../../algorithms/benchmarking.py" line="99" />
        <source>The {0} has {1} located establishments in layer “{2}”: at least two are needed to compute its D-scores and statistics. Choose the published or entered values instead.</source>
        <translation>{0} heeft {1} vestigingen met een locatie in laag “{2}”: er zijn er minstens twee nodig om de D-scores en statistieken te berekenen. Kies in plaats daarvan de gepubliceerde of ingevoerde waarden.</translation>
    </message>
    <message>
        <location filename="../../algorithms/benchmarking.py" line="115" />
        <source>P95 ({0}) must not be below P90 ({1}).</source>
        <translation>P95 ({0}) mag niet lager zijn dan P90 ({1}).</translation>
    </message>
    <message>
        <location filename="../../algorithms/benchmarking.py" line="116" />
        <source>Thresholds entered: P90 {0}, P95 {1}.</source>
        <translation>Ingevoerde drempelwaarden: P90 {0}, P95 {1}.</translation>
    </message>
    <message>
        <location filename="../../algorithms/benchmarking.py" line="120" />
        <source>Published thresholds (the Netherlands 2011, d0 = 1 km), {0}: P90 {1}, P95 {2}.</source>
        <translation>Gepubliceerde drempelwaarden (Nederland 2011, d0 = 1 km), {0}: P90 {1}, P95 {2}.</translation>
    </message>
    <message>
        <location filename="../../algorithms/benchmarking.py" line="133" />
        <source>Benchmark mean D entered: {0:.4f}.</source>
        <translation>Ingevoerde gemiddelde D van de benchmark: {0:.4f}.</translation>
    </message>
    <message>
        <location filename="../../algorithms/benchmarking.py" line="135" />
        <source>No benchmark is known for this sector (it has no definition naming one): choose Industry or Services, or enter the benchmark mean D. Region types are NULL.</source>
        <translation>Voor deze sector is geen benchmark bekend (geen definitie noemt er een): kies Industrie of Diensten, of voer de gemiddelde D van de benchmark in. Regiotypen zijn NULL.</translation>
    </message>
    <message>
        <location filename="../../algorithms/benchmarking.py" line="140" />
        <source>{0}: published mean D, the Netherlands 2011: {1}.</source>
        <translation>{0}: gepubliceerde gemiddelde D, Nederland 2011: {1}.</translation>
    </message>
    <message>
        <location filename="../../algorithms/benchmarking.py" line="141" />
        <source>{0}, mean D published for NL 2011: {1:.4f}.</source>
        <translation>{0}, gemiddelde D gepubliceerd voor NL 2011: {1:.4f}.</translation>
    </message>
    <message>
        <location filename="../../algorithms/benchmarking.py" line="143" />
        <source>{0}: {1} establishments, mean D {2:.5f} (1/km).</source>
        <translation>{0}: {1} vestigingen, gemiddelde D {2:.5f} (1/km).</translation>
    </message>
    <message>
        <location filename="../../algorithms/benchmarking.py" line="144" />
        <source>{0} (computed, N = {1}): mean D {2:.4f}.</source>
        <translation>{0} (berekend, N = {1}): gemiddelde D {2:.4f}.</translation>
    </message>
    <message>
        <location filename="../../algorithms/charts.py" line="16" />
        <source> LQ = 1 (national average)</source>
        <translation> LQ = 1 (landelijk gemiddelde)</translation>
    </message>
    <message>
        <location filename="../../algorithms/charts.py" line="16" />
        <source>benchmark mean D {0:.4f} </source>
        <translation>gemiddelde D benchmark {0:.4f} </translation>
    </message>
    <message>
        <location filename="../../algorithms/charts.py" line="17" />
        <source>Specialisation: location quotient (LQ)</source>
        <translation>Specialisatie: locatiequotiënt (LQ)</translation>
    </message>
    <message>
        <location filename="../../algorithms/charts.py" line="18" />
        <source>Concentration: mean D-score of the sector's establishments (1/km)</source>
        <translation>Concentratie: gemiddelde D-score van de vestigingen in de sector (1/km)</translation>
    </message>
    <message>
        <location filename="../../algorithms/charts.py" line="21" />
        <source>Share of establishments (%), by size class of jobs</source>
        <translation>Aandeel vestigingen (%), naar grootteklasse in banen</translation>
    </message>
    <message>
        <location filename="../../algorithms/charts.py" line="22" />
        <source>Jobs per establishment</source>
        <translation>Banen per vestiging</translation>
    </message>
    <message>
        <location filename="../../algorithms/dscore.py" line="67" />
        <source>{0} features have a NULL or blank sector: kept, with a NULL score.</source>
        <translation>{0} objecten hebben een sector die NULL of leeg is: behouden, met score NULL.</translation>
    </message>
    <message>
        <location filename="../../algorithms/dscore.py" line="70" />
        <source>{0} establishments are alone in their sector (J = 1): their score is undefined (NULL).</source>
        <translation>{0} vestigingen zijn de enige in hun sector (J = 1): hun score is niet gedefinieerd (NULL).</translation>
    </message>
    <message>
        <location filename="../../algorithms/dscore.py" line="73" />
        <source>{0} of {1} features scored in {2} sectors; {3} have a NULL score.</source>
        <translation>{0} van {1} objecten gescoord in {2} sectoren; {3} hebben score NULL.</translation>
    </message>
    <message>
        <location filename="../../algorithms/dscore.py" line="76" />
        <source>D-score: min {0:.5f}, mean {1:.5f}, max {2:.5f} (1/km).</source>
        <translation>D-score: min. {0:.5f}, gemiddelde {1:.5f}, max. {2:.5f} (1/km).</translation>
    </message>
    <message>
        <location filename="../../algorithms/outputs.py" line="112" />
        <source>The output “{0}” ({1}) would overwrite the input “{2}”: choose another file. Clusterindex never writes over its inputs.</source>
        <translation>De uitvoer “{0}” ({1}) zou de invoer “{2}” overschrijven: kies een ander bestand. Clusterindex overschrijft nooit zijn invoer.</translation>
    </message>
    <message>
        <location filename="../../algorithms/outputs.py" line="176" />
        <source>Cannot create the folder “{0}” for the output “{1}”: {2}</source>
        <translation>Kan de map “{0}” voor de uitvoer “{1}” niet aanmaken: {2}</translation>
    </message>
    <message>
        <location filename="../../algorithms/outputs.py" line="212" />
        <source>Could not write {0} to the output: {1}</source>
        <translation>Kon {0} niet naar de uitvoer schrijven: {1}</translation>
    </message>
    <message>
        <location filename="../../algorithms/outputs.py" line="278" />
        <source>Fast GeoPackage writing failed ({0}); writing feature by feature instead.</source>
        <translation>Snel schrijven naar GeoPackage mislukt ({0}); er wordt nu object voor object geschreven.</translation>
    </message>
    <message>
        <location filename="../../algorithms/outputs.py" line="244" />
        <source>Input fields replaced by the output's: {0}.</source>
        <translation>Invoervelden vervangen door die van de uitvoer: {0}.</translation>
    </message>
    <message>
        <location filename="../../algorithms/outputs.py" line="260" />
        <source>feature {0}</source>
        <translation>object {0}</translation>
    </message>
    <message>
        <location filename="../../algorithms/outputs.py" line="342" />
        <source>row {0}</source>
        <translation>rij {0}</translation>
    </message>
    <message>
        <location filename="../../algorithms/outputs.py" line="369" />
        <source>Region fields replaced by the output's: {0}.</source>
        <translation>Regiovelden vervangen door die van de uitvoer: {0}.</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="52" />
        <source>Establishments (points, or a table with a region-code field)</source>
        <translation>Vestigingen (punten, of een tabel met een regiocodeveld)</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="53" />
        <source>Establishments (points)</source>
        <translation>Vestigingen (punten)</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="54" />
        <source>One feature per establishment (vestiging), with a sector or SBI code and, optionally, jobs.</source>
        <translation>Eén object per vestiging, met een sector- of SBI-code en eventueel banen.</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="59" />
        <source>SBI code field</source>
        <translation>SBI-codeveld</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="60" />
        <source>The SBI 2008 / NACE code of each establishment: 4711, 47.11, 47110, 0113, G4711 … Unreadable codes are in no sector and counted in the log.</source>
        <translation>De SBI 2008- of NACE-code van elke vestiging: 4711, 47.11, 47110, 0113, G4711 … Onleesbare codes vallen in geen enkele sector en worden in het log geteld.</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="66" />
        <source>Sector definitions (CSV; empty: the bundled set)</source>
        <translation>Sectordefinities (CSV; leeg: de meegeleverde set)</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="66" />
        <source>A CSV with the columns sector, benchmark, codes, approximate, note. Empty: the bundled definitions (both benchmarks, brainport, the top sectors).</source>
        <translation>Een CSV met de kolommen sector, benchmark, codes, approximate, note. Leeg: de meegeleverde definities (beide benchmarks, brainport, de topsectoren).</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="73" />
        <source>Jobs field (NULL counts as 1)</source>
        <translation>Veld met banen (NULL telt als 1)</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="73" />
        <source>A numeric field of jobs or working persons; NULL and negative values count as 1 (mostly self-employed). Empty: every establishment counts 1.</source>
        <translation>Een numeriek veld met banen of werkzame personen; NULL en negatieve waarden tellen als 1 (meestal zzp'ers). Leeg: elke vestiging telt als 1.</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="82" />
        <source>Distance floor d0 (metres)</source>
        <translation>Drempelafstand d0 (meter)</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="86" />
        <source>Distances below d0 count as d0 (1000 m in the reports); always metres, whatever the layer's CRS.</source>
        <translation>Afstanden kleiner dan d0 tellen als d0 (1000 m in de rapporten); altijd in meters, ongeacht het CRS van de laag.</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="88" />
        <source>D-score method</source>
        <translation>Methode D-score</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="88" />
        <source>Fast: every score certified to the tolerance (falls back to exact where needed). Exact: all pairs; its time grows with the square of the sector's locations.</source>
        <translation>Snel: elke score gegarandeerd binnen de tolerantie (valt waar nodig terug op exact). Exact: alle paren; de rekentijd groeit met het kwadraat van het aantal locaties in de sector.</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="92" />
        <source>Tolerance of the fast method (largest relative error)</source>
        <translation>Tolerantie van de snelle methode (grootste relatieve fout)</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="96" />
        <source>The largest relative error the fast method may leave in any D-score (default 0.00001, far below the four digits the reports publish).</source>
        <translation>De grootste relatieve fout die de snelle methode in een D-score mag laten (standaard 0.00001, ver onder de vier decimalen die de rapporten publiceren).</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="103" />
        <source>Sector expression (takes precedence)</source>
        <translation>Sectorexpressie (heeft voorrang)</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="103" />
        <source>A QGIS expression true for the sector's establishments, e.g. "sbi" LIKE '62%'. When given, it is used instead of a sector field or name.</source>
        <translation>Een QGIS-expressie die waar is voor de vestigingen van de sector, bijv. "sbi" LIKE '62%'. Indien opgegeven, wordt deze gebruikt in plaats van een sectorveld of sectornaam.</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="108" />
        <source>Sector field (instead of a sector name)</source>
        <translation>Sectorveld (in plaats van een sectornaam)</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="108" />
        <source>A field holding a sector code of your own; with the sector value below.</source>
        <translation>Een veld met een eigen sectorcode; met de sectorwaarde hieronder.</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="111" />
        <source>Sector value in the sector field</source>
        <translation>Sectorwaarde in het sectorveld</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="111" />
        <source>The value of the sector field that marks the sector, e.g. BE.</source>
        <translation>De waarde van het sectorveld die de sector aanduidt, bijv. BE.</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="115" />
        <source>Sector (name in the sector definitions)</source>
        <translation>Sector (naam in de sectordefinities)</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="115" />
        <source>A sector name from the sector definitions, read from the SBI code field, e.g. Brainport activities.</source>
        <translation>Een sectornaam uit de sectordefinities, gelezen uit het SBI-codeveld, bijv. Brainport activities.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorsummary.py" line="99" />
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="129" />
        <source>The benchmark population the sector is read against: industry (SBI 10–32, 383) or services (SBI 09, 33, 58–63, 69–74, 80–82), as the sector's definition says or chosen.</source>
        <translation>De benchmarkpopulatie waarmee de sector wordt vergeleken: industrie (SBI 10–32, 383) of diensten (SBI 09, 33, 58–63, 69–74, 80–82), volgens de definitie van de sector of zelf gekozen.</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="136" />
        <source>Regions (polygons; or give a region-code field)</source>
        <translation>Regio's (polygonen; of geef een regiocodeveld op)</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="136" />
        <source>Region polygons (COROP regions, municipalities, wijken …). Required unless the establishments carry a region-code field.</source>
        <translation>Regiopolygonen (COROP-gebieden, gemeenten, wijken …). Verplicht, tenzij de vestigingen een regiocodeveld hebben.</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="140" />
        <source>Region id field</source>
        <translation>Veld regio-id</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="140" />
        <source>The regions' id (e.g. statcode); empty: the feature id.</source>
        <translation>De id van de regio's (bijv. statcode); leeg: het object-id.</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="143" />
        <source>Region name field</source>
        <translation>Veld regionaam</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="143" />
        <source>The regions' name, used in charts and reports; empty: the id.</source>
        <translation>De naam van de regio's, gebruikt in grafieken en rapporten; leeg: de id.</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="146" />
        <source>Region-code field on the establishments</source>
        <translation>Regiocodeveld van de vestigingen</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="146" />
        <source>Instead of region polygons, or matched to their id field: each establishment's region code.</source>
        <translation>In plaats van regiopolygonen, of gekoppeld aan hun id-veld: de regiocode van elke vestiging.</translation>
    </message>
    <message>
        <location filename="../../algorithms/variety.py" line="79" />
        <source>Establishments</source>
        <translation>Vestigingen</translation>
    </message>
    <message>
        <location filename="../../algorithms/reading.py" line="75" />
        <source>Layer “{0}” holds {1} geometries: establishments must be points{2}.</source>
        <translation>Laag “{0}” bevat geometrieën van het type {1}: vestigingen moeten punten zijn{2}.</translation>
    </message>
    <message>
        <location filename="../../algorithms/reading.py" line="75" />
        <source> (or a table with a region-code field)</source>
        <translation> (of een tabel met een regiocodeveld)</translation>
    </message>
    <message>
        <location filename="../../algorithms/reading.py" line="82" />
        <source>Layer “{0}” has no features.</source>
        <translation>Laag “{0}” heeft geen objecten.</translation>
    </message>
    <message>
        <location filename="../../algorithms/reading.py" line="98" />
        <source>Field “{0}” does not exist in layer “{1}”. Its fields are: {2}.</source>
        <translation>Veld “{0}” bestaat niet in laag “{1}”. De velden zijn: {2}.</translation>
    </message>
    <message>
        <location filename="../../algorithms/reading.py" line="101" />
        <source>Field “{0}” of layer “{1}” is {2}, but the {3} field must be numeric. Convert it first (for example with Refactor fields).</source>
        <translation>Veld “{0}” van laag “{1}” is van het type {2}, maar het veld voor {3} moet numeriek zijn. Converteer het eerst (bijvoorbeeld met Velden herstructureren).</translation>
    </message>
    <message>
        <location filename="../../algorithms/wholereport.py" line="36" />
        <source>jobs</source>
        <translation>banen</translation>
    </message>
    <message>
        <location filename="../../algorithms/reading.py" line="101" />
        <source>D-score</source>
        <translation>D-score</translation>
    </message>
    <message>
        <location filename="../../algorithms/reading.py" line="116" />
        <source>Field “{0}” of layer “{1}” is used as sector or SBI code, but it looks like a jobs field: check that this is the field you meant.</source>
        <translation>Veld “{0}” van laag “{1}” wordt gebruikt als sector- of SBI-code, maar lijkt een veld met banen: controleer of dit het bedoelde veld is.</translation>
    </message>
    <message>
        <location filename="../../algorithms/reading.py" line="125" />
        <source>Layer “{0}” has no coordinate reference system: set one (Layer Properties ▸ Source) so that distances can be measured in metres.</source>
        <translation>Laag “{0}” heeft geen coördinatenstelsel: stel er een in (Laageigenschappen ▸ Bron) zodat afstanden in meters gemeten kunnen worden.</translation>
    </message>
    <message>
        <location filename="../../algorithms/reading.py" line="129" />
        <source>{0} is a geographic CRS (degrees): distances are great-circle distances on a sphere of radius 6371.0088 km, never degrees.</source>
        <translation>{0} is een geografisch coördinatenstelsel (graden): afstanden zijn grootcirkelafstanden op een bol met een straal van 6371.0088 km, nooit graden.</translation>
    </message>
    <message>
        <location filename="../../algorithms/reading.py" line="134" />
        <source>The CRS of layer “{0}” ({1}) has unknown distance units: reproject the layer to a projected CRS in metres, such as EPSG:28992 (RD New) for the Netherlands.</source>
        <translation>Het CRS van laag “{0}” ({1}) heeft onbekende afstandseenheden: herprojecteer de laag naar een geprojecteerd CRS in meters, zoals EPSG:28992 (RD New) voor Nederland.</translation>
    </message>
    <message>
        <location filename="../../algorithms/reading.py" line="138" />
        <source>{0} is projected ({1}): distances are straight-line distances in that plane.</source>
        <translation>{0} is geprojecteerd ({1}): afstanden zijn rechte afstanden in dat vlak.</translation>
    </message>
    <message>
        <location filename="../../algorithms/reading.py" line="141" />
        <source>Mercator projections stretch distances (by about 1.6 in the Netherlands); use a local projected CRS or a geographic CRS instead.</source>
        <translation>Mercatorprojecties rekken afstanden op (in Nederland met ongeveer een factor 1.6); gebruik in plaats daarvan een lokaal geprojecteerd CRS of een geografisch CRS.</translation>
    </message>
    <message>
        <location filename="../../algorithms/reading.py" line="171" />
        <source>Feature {0} of layer “{1}” is a {2}, not a point: establishments must be points.</source>
        <translation>Object {0} van laag “{1}” is van het type {2}, geen punt: vestigingen moeten punten zijn.</translation>
    </message>
    <message>
        <location filename="../../algorithms/reading.py" line="240" />
        <source>{0} NULL jobs values counted as 1.</source>
        <translation>{0} NULL-waarden voor banen geteld als 1.</translation>
    </message>
    <message>
        <location filename="../../algorithms/reading.py" line="242" />
        <source>{0} negative or invalid jobs values in field “{1}” counted as 1.</source>
        <translation>{0} negatieve of ongeldige waarden voor banen in veld “{1}” geteld als 1.</translation>
    </message>
    <message>
        <location filename="../../algorithms/reading.py" line="254" />
        <source>Layer “{0}” is in a geographic CRS ({1}) but its coordinates are not longitudes and latitudes (up to {2:.0f}, {3:.0f}): its CRS is wrong. Assign the right CRS (for Dutch metre coordinates: EPSG:28992, RD New).</source>
        <translation>Laag “{0}” heeft een geografisch coördinatenstelsel ({1}), maar de coördinaten zijn geen lengte- en breedtegraden (tot {2:.0f}, {3:.0f}): het CRS is onjuist. Wijs het juiste CRS toe (voor Nederlandse coördinaten in meters: EPSG:28992, RD New).</translation>
    </message>
    <message>
        <location filename="../../algorithms/reading.py" line="264" />
        <source>{0} features have no (valid) geometry: kept, without a location.</source>
        <translation>{0} objecten hebben geen (geldige) geometrie: behouden, zonder locatie.</translation>
    </message>
    <message>
        <location filename="../../algorithms/reading.py" line="266" />
        <source>{0} multi-point features with several parts: each stands at the mean of its parts.</source>
        <translation>{0} multipuntobjecten met meerdere delen: elk staat op het gemiddelde van zijn delen.</translation>
    </message>
    <message>
        <location filename="../../algorithms/variety.py" line="79" />
        <source>Region id</source>
        <translation>Regio-id</translation>
    </message>
    <message>
        <location filename="../../algorithms/wholereport.py" line="36" />
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <location filename="../../algorithms/profiling.py" line="140" />
        <source>Establishments (sector)</source>
        <translation>Vestigingen (sector)</translation>
    </message>
    <message>
        <location filename="../../algorithms/profiling.py" line="140" />
        <source>Establishments (all)</source>
        <translation>Vestigingen (totaal)</translation>
    </message>
    <message>
        <location filename="../../algorithms/profiling.py" line="140" />
        <source>Jobs (sector)</source>
        <translation>Banen (sector)</translation>
    </message>
    <message>
        <location filename="../../algorithms/profiling.py" line="140" />
        <source>Share of national sector jobs (%)</source>
        <translation>Aandeel in landelijke banen van de sector (%)</translation>
    </message>
    <message>
        <location filename="../../algorithms/profiling.py" line="140" />
        <source>Mean D (1/km)</source>
        <translation>Gemiddelde D (1/km)</translation>
    </message>
    <message>
        <location filename="../../algorithms/profiling.py" line="140" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="188" />
        <source>Regions, by sector jobs</source>
        <translation>Regio's, naar banen in de sector</translation>
    </message>
    <message>
        <location filename="../../algorithms/regions.py" line="58" />
        <source>Give a region polygon layer or a region-code field on the establishments (Regions, or Region-code field).</source>
        <translation>Geef een laag met regiopolygonen op, of een regiocodeveld van de vestigingen (Regio's, of Regiocodeveld).</translation>
    </message>
    <message>
        <location filename="../../algorithms/regions.py" line="72" />
        <source>Regions</source>
        <translation>Regio's</translation>
    </message>
    <message>
        <location filename="../../algorithms/regions.py" line="65" />
        <source>To match the region codes of field “{0}” to the region polygons, choose the region id field.</source>
        <translation>Kies het veld regio-id om de regiocodes uit veld “{0}” aan de regiopolygonen te koppelen.</translation>
    </message>
    <message>
        <location filename="../../algorithms/regions.py" line="82" />
        <source>Region layer “{0}” has no features.</source>
        <translation>Regiolaag “{0}” heeft geen objecten.</translation>
    </message>
    <message>
        <location filename="../../algorithms/regions.py" line="91" />
        <source>Region ids occurring more than once in field “{0}”: {1}. Each polygon is a region of its own.</source>
        <translation>Regio-id's die meer dan eens voorkomen in veld “{0}”: {1}. Elke polygoon is een eigen regio.</translation>
    </message>
    <message>
        <location filename="../../algorithms/regions.py" line="105" />
        <source>with a NULL region code</source>
        <translation>met regiocode NULL</translation>
    </message>
    <message>
        <location filename="../../algorithms/regions.py" line="106" />
        <source>{0} regions from field “{1}”.</source>
        <translation>{0} regio's uit veld “{1}”.</translation>
    </message>
    <message>
        <location filename="../../algorithms/regions.py" line="114" />
        <source>Region codes without a region polygon: {0}.</source>
        <translation>Regiocodes zonder regiopolygoon: {0}.</translation>
    </message>
    <message>
        <location filename="../../algorithms/regions.py" line="116" />
        <source>whose region code matches no region id (or is NULL)</source>
        <translation>waarvan de regiocode met geen enkel regio-id overeenkomt (of NULL is)</translation>
    </message>
    <message>
        <location filename="../../algorithms/regions.py" line="133" />
        <source>{0} establishments lie inside more than one {1} (overlapping polygons): each is counted in the first of them only.</source>
        <translation>{0} vestigingen liggen in meer dan één {1} (overlappende polygonen): elk wordt alleen in de eerste daarvan geteld.</translation>
    </message>
    <message>
        <location filename="../../algorithms/regions.py" line="133" />
        <source>region</source>
        <translation>regio</translation>
    </message>
    <message>
        <location filename="../../algorithms/regions.py" line="136" />
        <source>{0} establishments have no location: they are in no region.</source>
        <translation>{0} vestigingen hebben geen locatie: ze vallen in geen enkele regio.</translation>
    </message>
    <message>
        <location filename="../../algorithms/regions.py" line="139" />
        <source>{0} establishments lie outside every region: they are in no region, but count in the national totals.</source>
        <translation>{0} vestigingen liggen buiten alle regio's: ze vallen in geen enkele regio, maar tellen mee in de landelijke totalen.</translation>
    </message>
    <message>
        <location filename="../../algorithms/regions.py" line="147" />
        <source>{0} establishments {1}: they are in no region, but count in the national totals.</source>
        <translation>{0} vestigingen {1}: ze vallen in geen enkele regio, maar tellen mee in de landelijke totalen.</translation>
    </message>
    <message>
        <location filename="../../algorithms/regions.py" line="155" />
        <source>Region polygons transformed from {0} to the establishments' {1}.</source>
        <translation>Regiopolygonen getransformeerd van {0} naar {1}, het CRS van de vestigingen.</translation>
    </message>
    <message>
        <location filename="../../algorithms/regions.py" line="158" />
        <source>The regions or the establishments have no CRS: both are taken to be in the same coordinates.</source>
        <translation>De regio's of de vestigingen hebben geen CRS: aangenomen wordt dat beide dezelfde coördinaten gebruiken.</translation>
    </message>
    <message>
        <location filename="../../algorithms/regions.py" line="168" />
        <source>Cannot transform region “{0}” to the CRS of the establishments: {1}</source>
        <translation>Kan regio “{0}” niet transformeren naar het CRS van de vestigingen: {1}</translation>
    </message>
    <message>
        <location filename="../../algorithms/regions.py" line="172" />
        <source>{0} regions have no geometry: they get zeros.</source>
        <translation>{0} regio's hebben geen geometrie: ze krijgen nullen.</translation>
    </message>
    <message>
        <location filename="../../algorithms/regions.py" line="174" />
        <source>{0} region polygons are invalid; {1} were repaired with Make valid for the assignment (the output keeps the original geometry), {2} are used as they are (even-odd rule).</source>
        <translation>{0} regiopolygonen zijn ongeldig; {1} zijn voor de toewijzing hersteld met Geldig maken (de uitvoer behoudt de oorspronkelijke geometrie), {2} worden gebruikt zoals ze zijn (even-oneven-regel).</translation>
    </message>
    <message>
        <location filename="../../algorithms/reports.py" line="47" />
        <source>Method: PBL/CBS, Raspe et al. (2012); Sorenson &amp;amp; Audia (2000); Scholl &amp;amp; Brenner (2011). Made with Clusterindex.</source>
        <translation>Methode: PBL/CBS, Raspe et al. (2012); Sorenson &amp;amp; Audia (2000); Scholl &amp;amp; Brenner (2011). Gemaakt met Clusterindex.</translation>
    </message>
    <message>
        <location filename="../../algorithms/scoring.py" line="15" />
        <source>The distance floor must be more than 0 metres (it is {0}).</source>
        <translation>De drempelafstand moet groter zijn dan 0 meter (nu {0}).</translation>
    </message>
    <message>
        <location filename="../../algorithms/scoring.py" line="30" />
        <source>Geographic coordinates (degrees): the fast method needs a projected CRS, so every D-score is computed exactly, over all pairs — minutes for sectors of 100,000 locations or more. For the fast method, reproject the layer to a local projected CRS in metres first (EPSG:28992, RD New, in the Netherlands).</source>
        <translation>Geografische coördinaten (graden): de snelle methode vereist een geprojecteerd CRS, dus elke D-score wordt exact berekend, over alle paren — minuten voor sectoren met 100 000 locaties of meer. Herprojecteer voor de snelle methode de laag eerst naar een lokaal geprojecteerd CRS in meters (in Nederland EPSG:28992, RD New).</translation>
    </message>
    <message>
        <location filename="../../algorithms/scoring.py" line="54" />
        <source>D-scores computed exactly (all pairs, float64).</source>
        <translation>D-scores exact berekend (alle paren, float64).</translation>
    </message>
    <message>
        <location filename="../../algorithms/scoring.py" line="56" />
        <source>Fast method: every D-score certified; largest certified relative error {0:.1e} (tolerance {1:g}); {2} computed exactly.</source>
        <translation>Snelle methode: elke D-score gegarandeerd; grootste gegarandeerde relatieve fout {0:.1e} (tolerantie {1:g}); {2} exact berekend.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectors.py" line="25" />
        <source>the range runs backwards (write the low end first)</source>
        <translation>het bereik loopt achteruit (zet de laagste waarde eerst)</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectors.py" line="26" />
        <source>the two ends of the range have different lengths</source>
        <translation>de twee grenzen van het bereik hebben een verschillende lengte</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectors.py" line="27" />
        <source>not a code (use codes like 10-32, 383, 4711 or a section letter)</source>
        <translation>geen code (gebruik codes zoals 10-32, 383, 4711 of een sectieletter)</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectors.py" line="53" />
        <source>Cannot read the sector definitions “{0}”: {1}</source>
        <translation>Kan de sectordefinities “{0}” niet lezen: {1}</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectors.py" line="59" />
        <source>Sector definitions “{0}”, line {1}: sector “{2}”, “{3}”: {4}.</source>
        <translation>Sectordefinities “{0}”, regel {1}: sector “{2}”, “{3}”: {4}.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectors.py" line="63" />
        <source>Sector definitions “{0}”: {1}</source>
        <translation>Sectordefinities “{0}”: {1}</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectors.py" line="72" />
        <source>Sector definitions “{0}”, line {1}: sector “{2}” names the benchmark “{3}”, which is not defined: it has no benchmark (defined are: {4}).</source>
        <translation>Sectordefinities “{0}”, regel {1}: sector “{2}” noemt de benchmark “{3}”, die niet gedefinieerd is: de sector heeft geen benchmark (gedefinieerd zijn: {4}).</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectors.py" line="76" />
        <source>Sector definitions “{0}”, line {1}: sector “{2}”: “{3}” matches no SBI code.</source>
        <translation>Sectordefinities “{0}”, regel {1}: sector “{2}”: “{3}” komt met geen enkele SBI-code overeen.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectors.py" line="78" />
        <source>Sector definitions “{0}”, line {1}: sector “{2}” has no codes.</source>
        <translation>Sectordefinities “{0}”, regel {1}: sector “{2}” heeft geen codes.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectors.py" line="85" />
        <source>No sector “{0}” in the sector definitions “{1}”. Defined: {2}.</source>
        <translation>Geen sector “{0}” in de sectordefinities “{1}”. Gedefinieerd: {2}.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectors.py" line="159" />
        <source>Sector expression “{0}”: {1}</source>
        <translation>Sectorexpressie “{0}”: {1}</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectors.py" line="104" />
        <source>Give the sector value to look for in field “{0}”.</source>
        <translation>Geef de sectorwaarde op waarnaar in veld “{0}” gezocht moet worden.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectors.py" line="109" />
        <source>Sector “{0}” is read from SBI codes: choose the SBI code field (or give a sector expression, or a sector field and value).</source>
        <translation>Sector “{0}” wordt gelezen uit SBI-codes: kies het SBI-codeveld (of geef een sectorexpressie op, of een sectorveld en -waarde).</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectors.py" line="114" />
        <source>Choose a sector: a sector name, a sector field and value, or a sector expression.</source>
        <translation>Kies een sector: een sectornaam, een sectorveld en -waarde, of een sectorexpressie.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectors.py" line="122" />
        <source>all establishments</source>
        <translation>alle vestigingen</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectors.py" line="139" />
        <source>{0} values of the SBI code field “{1}” of layer “{2}” could not be read as SBI codes: those establishments are in no sector. Examples: {3}.</source>
        <translation>{0} waarden van het SBI-codeveld “{1}” van laag “{2}” konden niet als SBI-code worden gelezen: die vestigingen vallen in geen enkele sector. Voorbeelden: {3}.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectors.py" line="174" />
        <source>Sector “{0}”: {1} of {2} establishments.</source>
        <translation>Sector “{0}”: {1} van {2} vestigingen.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectors.py" line="176" />
        <source>No establishment of layer “{0}” is in the sector “{1}”.</source>
        <translation>Geen enkele vestiging van laag “{0}” valt in de sector “{1}”.</translation>
    </message>
    <message>
        <location filename="../../algorithms/wholereport.py" line="53" />
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorsummary.py" line="99" />
        <source>Mean D</source>
        <translation>Gemiddelde D</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorsummary.py" line="99" />
        <source>Median D</source>
        <translation>Mediaan D</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorsummary.py" line="99" />
        <source>Max D</source>
        <translation>Max. D</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorsummary.py" line="99" />
        <source>Benchmark mean D</source>
        <translation>Gemiddelde D benchmark</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorsummary.py" line="99" />
        <source>Concentration vs benchmark</source>
        <translation>Concentratie t.o.v. benchmark</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorsummary.py" line="103" />
        <source>more</source>
        <translation>meer</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorsummary.py" line="103" />
        <source>less</source>
        <translation>minder</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorsummary.py" line="103" />
        <source>benchmark</source>
        <translation>benchmark</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorsummary.py" line="110" />
        <source>Establishments: {0}. D-scores in 1/km, each sector's computed within the sector. Sectors marked * are approximate SBI definitions.</source>
        <translation>Vestigingen: {0}. D-scores in 1/km, per sector berekend binnen de sector. Sectoren met * hebben een benaderende SBI-definitie.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorsummary.py" line="112" />
        <source>Sector summary: D-scores</source>
        <translation>Sectoroverzicht: D-scores</translation>
    </message>
    <message>
        <location filename="../../algorithms/charts.py" line="19" />
        <source>Region type</source>
        <translation>Regiotype</translation>
    </message>
    <message>
        <location filename="../../algorithms/charts.py" line="20" />
        <source>Sector jobs (bubble area)</source>
        <translation>Banen in de sector (oppervlak van de bel)</translation>
    </message>
    <message>
        <location filename="../../algorithms/styling.py" line="67" />
        <source>Jobs</source>
        <translation>Banen</translation>
    </message>
    <message>
        <location filename="../../algorithms/styling.py" line="84" />
        <source>Decile {0} within {1}{2}</source>
        <translation>Deciel {0} binnen {1}{2}</translation>
    </message>
    <message>
        <location filename="../../algorithms/styling.py" line="90" />
        <source>Very strong cluster: D &gt; P95 = {0:.4f} ({1})</source>
        <translation>Zeer sterk cluster: D &gt; P95 = {0:.4f} ({1})</translation>
    </message>
    <message>
        <location filename="../../algorithms/styling.py" line="91" />
        <source>Strong cluster: P90 = {0:.4f} &lt; D ≤ P95 ({1})</source>
        <translation>Sterk cluster: P90 = {0:.4f} &lt; D ≤ P95 ({1})</translation>
    </message>
    <message>
        <location filename="../../algorithms/styling.py" line="92" />
        <source>Below P90 ({0})</source>
        <translation>Onder P90 ({0})</translation>
    </message>
    <message>
        <location filename="../../algorithms/styling.py" line="96" />
        <source>At least {0} establishments of {1}</source>
        <translation>Ten minste {0} vestigingen van {1}</translation>
    </message>
    <message>
        <location filename="../../algorithms/styling.py" line="97" />
        <source>Fewer than {0} establishments of {1}</source>
        <translation>Minder dan {0} vestigingen van {1}</translation>
    </message>
    <message>
        <location filename="../../algorithms/styling.py" line="98" />
        <source>None of {0}</source>
        <translation>Geen vestigingen van {0}</translation>
    </message>
    <message>
        <location filename="../../algorithms/styling.py" line="103" />
        <source>No type (no establishments of the sector, or no benchmark)</source>
        <translation>Geen type (geen vestigingen van de sector, of geen benchmark)</translation>
    </message>
    <message>
        <location filename="../../algorithms/styling.py" line="84" />
        <source> (lowest)</source>
        <translation> (laagste)</translation>
    </message>
    <message>
        <location filename="../../algorithms/styling.py" line="84" />
        <source> (highest)</source>
        <translation> (hoogste)</translation>
    </message>
    <message>
        <location filename="../../algorithms/benchmarking.py" line="46" />
        <source>{0}: N {1}, mean {2:.4f}, median {3:.4f}, max {4:.4f} (1/km).</source>
        <translation>{0}: N {1}, gemiddelde {2:.4f}, mediaan {3:.4f}, max. {4:.4f} (1/km).</translation>
    </message>
    <message>
        <location filename="../../algorithms/changeparts.py" line="170" />
        <source>establishments</source>
        <translation>vestigingen</translation>
    </message>
    <message>
        <location filename="../../algorithms/changeparts.py" line="143" />
        <source>Less than {0:+.0f} percentage points: much slower than the sector nationally</source>
        <translation>Minder dan {0:+.0f} procentpunt: veel langzamer dan de sector landelijk</translation>
    </message>
    <message>
        <location filename="../../algorithms/changeparts.py" line="144" />
        <source>{0:+.0f} to {1:+.0f} percentage points</source>
        <translation>{0:+.0f} tot {1:+.0f} procentpunt</translation>
    </message>
    <message>
        <location filename="../../algorithms/changeparts.py" line="145" />
        <source>{0:+.0f} percentage points or more: much faster than the sector nationally</source>
        <translation>{0:+.0f} procentpunt of meer: veel sneller dan de sector landelijk</translation>
    </message>
    <message>
        <location filename="../../algorithms/changeparts.py" line="146" />
        <source>No growth rate (none of the sector at t0)</source>
        <translation>Geen groeicijfer (sector niet aanwezig in t0)</translation>
    </message>
    <message>
        <location filename="../../algorithms/changeparts.py" line="151" />
        <source>Concentration in {0}: mean D-score of the sector's establishments (1/km)</source>
        <translation>Concentratie in {0}: gemiddelde D-score van de vestigingen in de sector (1/km)</translation>
    </message>
    <message>
        <location filename="../../algorithms/changeparts.py" line="152" />
        <source>Specialisation in {0}: location quotient (LQ)</source>
        <translation>Specialisatie in {0}: locatiequotiënt (LQ)</translation>
    </message>
    <message>
        <location filename="../../algorithms/changeparts.py" line="153" />
        <source>Growth of the sector in the region, {0}–{1} (%)</source>
        <translation>Groei van de sector in de regio, {0}–{1} (%)</translation>
    </message>
    <message>
        <location filename="../../algorithms/changeparts.py" line="154" />
        <source> benchmark mean D {0:.4f}</source>
        <translation> gemiddelde D benchmark {0:.4f}</translation>
    </message>
    <message>
        <location filename="../../algorithms/changeparts.py" line="155" />
        <source>the sector nationally {0:+.1f} % </source>
        <translation>de sector landelijk {0:+.1f} % </translation>
    </message>
    <message>
        <location filename="../../algorithms/changeparts.py" line="156" />
        <source>Faster than the sector nationally</source>
        <translation>Sneller dan de sector landelijk</translation>
    </message>
    <message>
        <location filename="../../algorithms/changeparts.py" line="156" />
        <source>Slower than the sector nationally</source>
        <translation>Langzamer dan de sector landelijk</translation>
    </message>
    <message>
        <location filename="../../algorithms/changeparts.py" line="157" />
        <source>Beyond the axis (drawn on its edge)</source>
        <translation>Buiten de as (op de rand getekend)</translation>
    </message>
    <message>
        <location filename="../../algorithms/changeparts.py" line="157" />
        <source>Growth of the sector in the region</source>
        <translation>Groei van de sector in de regio</translation>
    </message>
    <message>
        <location filename="../../algorithms/changeparts.py" line="158" />
        <source>Sector jobs in {0} (bubble area)</source>
        <translation>Banen in de sector in {0} (oppervlak van de bel)</translation>
    </message>
    <message>
        <location filename="../../algorithms/changeparts.py" line="187" />
        <source>Establishments t0</source>
        <translation>Vestigingen t0</translation>
    </message>
    <message>
        <location filename="../../algorithms/changeparts.py" line="187" />
        <source>Establishments t1</source>
        <translation>Vestigingen t1</translation>
    </message>
    <message>
        <location filename="../../algorithms/changeparts.py" line="187" />
        <source>Jobs t0</source>
        <translation>Banen t0</translation>
    </message>
    <message>
        <location filename="../../algorithms/changeparts.py" line="187" />
        <source>Jobs t1</source>
        <translation>Banen t1</translation>
    </message>
    <message>
        <location filename="../../algorithms/changeparts.py" line="187" />
        <source>Growth (%)</source>
        <translation>Groei (%)</translation>
    </message>
    <message>
        <location filename="../../algorithms/changeparts.py" line="187" />
        <source>Annual growth (%)</source>
        <translation>Jaarlijkse groei (%)</translation>
    </message>
    <message>
        <location filename="../../algorithms/changeparts.py" line="187" />
        <source>Relative growth (points)</source>
        <translation>Relatieve groei (procentpunt)</translation>
    </message>
    <message>
        <location filename="../../algorithms/changeparts.py" line="187" />
        <source>National share</source>
        <translation>Landelijk aandeel</translation>
    </message>
    <message>
        <location filename="../../algorithms/changeparts.py" line="187" />
        <source>Industry mix</source>
        <translation>Sectorstructuur</translation>
    </message>
    <message>
        <location filename="../../algorithms/changeparts.py" line="187" />
        <source>Regional shift</source>
        <translation>Regionale component</translation>
    </message>
    <message>
        <location filename="../../algorithms/changeparts.py" line="187" />
        <source>Mean D t0</source>
        <translation>Gemiddelde D t0</translation>
    </message>
    <message>
        <location filename="../../algorithms/changeparts.py" line="187" />
        <source>Mean D t1</source>
        <translation>Gemiddelde D t1</translation>
    </message>
    <message>
        <location filename="../../algorithms/changeparts.py" line="203" />
        <source>Births</source>
        <translation>Oprichtingen</translation>
    </message>
    <message>
        <location filename="../../algorithms/changeparts.py" line="203" />
        <source>Jobs of births</source>
        <translation>Banen van oprichtingen</translation>
    </message>
    <message>
        <location filename="../../algorithms/changeparts.py" line="203" />
        <source>Deaths</source>
        <translation>Opheffingen</translation>
    </message>
    <message>
        <location filename="../../algorithms/changeparts.py" line="203" />
        <source>Jobs of deaths</source>
        <translation>Banen van opheffingen</translation>
    </message>
    <message>
        <location filename="../../algorithms/changeparts.py" line="203" />
        <source>Movers in</source>
        <translation>Inkomende verhuizers</translation>
    </message>
    <message>
        <location filename="../../algorithms/changeparts.py" line="203" />
        <source>Movers out</source>
        <translation>Vertrekkende verhuizers</translation>
    </message>
    <message>
        <location filename="../../algorithms/changeparts.py" line="203" />
        <source>Stayers</source>
        <translation>Blijvers</translation>
    </message>
    <message>
        <location filename="../../algorithms/changeparts.py" line="203" />
        <source>Jobs of stayers t0</source>
        <translation>Banen van blijvers t0</translation>
    </message>
    <message>
        <location filename="../../algorithms/changeparts.py" line="203" />
        <source>Jobs of stayers t1</source>
        <translation>Banen van blijvers t1</translation>
    </message>
    <message>
        <location filename="../../algorithms/changeparts.py" line="215" />
        <source>Growth of the region, all sectors (%)</source>
        <translation>Groei van de regio, alle sectoren (%)</translation>
    </message>
    <message>
        <location filename="../../algorithms/changeparts.py" line="225" />
        <source>Growth and shift-share (Dunn 1960), by sector jobs at t1</source>
        <translation>Groei en shift-share-analyse (Dunn 1960), naar banen in de sector in t1</translation>
    </message>
    <message>
        <location filename="../../algorithms/changeparts.py" line="228" />
        <source>Births, deaths, movers and stayers of the sector</source>
        <translation>Oprichtingen, opheffingen, verhuizers en blijvers van de sector</translation>
    </message>
    <message>
        <location filename="../../algorithms/changeparts.py" line="231" />
        <source>Variety of the region at t0 (bits; nb: mean over the neighbouring regions)</source>
        <translation>Variëteit van de regio in t0 (bits; nb: gemiddelde over de aangrenzende regio's)</translation>
    </message>
    <message>
        <location filename="../../algorithms/changeparts.py" line="233" />
        <source>Shift-share: Dunn (1960). Clustering against growth: PBL (2008), Clusters en economische groei. Variety: Frenken, Van Oort &amp;amp; Verburg (2007), Regional Studies 41(5).</source>
        <translation>Shift-share: Dunn (1960). Clustering tegenover groei: PBL (2008), Clusters en economische groei. Variëteit: Frenken, Van Oort &amp;amp; Verburg (2007), Regional Studies 41(5).</translation>
    </message>
    <message>
        <location filename="../../algorithms/charts.py" line="19" />
        <source>* fewer establishments than the minimum</source>
        <translation>* minder vestigingen dan het minimum</translation>
    </message>
    <message>
        <location filename="../../algorithms/charts.py" line="23" />
        <source>Mean D-score of the sector's establishments (1/km)</source>
        <translation>Gemiddelde D-score van de vestigingen in de sector (1/km)</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="59" />
        <source>SBI code field (for a sector name)</source>
        <translation>SBI-codeveld (voor een sectornaam)</translation>
    </message>
    <message>
        <location filename="../../algorithms/profiling.py" line="30" />
        <source>Large job volume</source>
        <translation>Groot banenvolume</translation>
    </message>
    <message>
        <location filename="../../algorithms/profiling.py" line="30" />
        <source>What “large volume” means in the region types (the reports fix no number): the median sector jobs of the regions that have the sector, a number of sector jobs, or a share of the sector's national jobs.</source>
        <translation>Wat “groot volume” in de regiotypen betekent (de rapporten noemen geen getal): de mediaan van de sectorbanen van de regio's waar de sector voorkomt, een aantal banen in de sector, of een aandeel in de landelijke banen van de sector.</translation>
    </message>
    <message>
        <location filename="../../algorithms/profiling.py" line="34" />
        <source>Large job volume: jobs, or percent of the national sector jobs</source>
        <translation>Groot banenvolume: banen, of percentage van de landelijke banen van de sector</translation>
    </message>
    <message>
        <location filename="../../algorithms/profiling.py" line="37" />
        <source>Sector jobs (or, with the share, percent of the sector's national jobs) from which a region counts as large. Empty with the median: the median.</source>
        <translation>Banen in de sector (of, bij het aandeel, percentage van de landelijke banen van de sector) vanaf waar een regio als groot telt. Leeg bij de mediaan: de mediaan.</translation>
    </message>
    <message>
        <location filename="../../algorithms/profiling.py" line="39" />
        <source>Fewer establishments than this: flagged as small numbers</source>
        <translation>Minder vestigingen dan dit: gemarkeerd als kleine aantallen</translation>
    </message>
    <message>
        <location filename="../../algorithms/profiling.py" line="39" />
        <source>A region whose sector has fewer establishments gets small_n = 1: its LQ and type rest on too few firms (one large firm makes a region “specialised”).</source>
        <translation>Een regio waar de sector minder vestigingen heeft, krijgt small_n = 1: LQ en type berusten op te weinig bedrijven (één groot bedrijf maakt een regio “gespecialiseerd”).</translation>
    </message>
    <message>
        <location filename="../../algorithms/profiling.py" line="44" />
        <source>National reference totals (CSV; for a layer of one province)</source>
        <translation>Landelijke referentietotalen (CSV; voor een laag van één provincie)</translation>
    </message>
    <message>
        <location filename="../../algorithms/profiling.py" line="44" />
        <source>When the layer holds only part of the country: national totals per sector (columns sector, establishments, jobs; a row “all”) for the LQ's E(s) and E and the jobs shares.</source>
        <translation>Als de laag maar een deel van het land bevat: landelijke totalen per sector (kolommen sector, establishments, jobs; een rij “all”) voor E(s) en E van het LQ en voor de banenaandelen.</translation>
    </message>
    <message>
        <location filename="../../algorithms/profiling.py" line="56" />
        <source>Give the large job volume (jobs or percent), or choose the median.</source>
        <translation>Geef het groot banenvolume op (banen of percentage), of kies de mediaan.</translation>
    </message>
    <message>
        <location filename="../../algorithms/profiling.py" line="108" />
        <source>{0} regions have no establishments: zeros, LQ NULL.</source>
        <translation>{0} regio's hebben geen vestigingen: nullen, LQ NULL.</translation>
    </message>
    <message>
        <location filename="../../algorithms/profiling.py" line="111" />
        <source>{0} regions have none of the sector: LQ 0, mean D NULL.</source>
        <translation>{0} regio's hebben geen vestigingen in de sector: LQ 0, gemiddelde D NULL.</translation>
    </message>
    <message>
        <location filename="../../algorithms/profiling.py" line="112" />
        <source>Large job volume: at least {0:.1f} sector jobs.</source>
        <translation>Groot banenvolume: minstens {0:.1f} banen in de sector.</translation>
    </message>
    <message>
        <location filename="../../algorithms/profiling.py" line="114" />
        <source>Region types: {0}.</source>
        <translation>Regiotypen: {0}.</translation>
    </message>
    <message>
        <location filename="../../algorithms/profiling.py" line="117" />
        <source>{0} regions have fewer establishments of the sector than the minimum: flagged (small_n = 1); their LQ and type are not reliable.</source>
        <translation>{0} regio's hebben minder vestigingen in de sector dan het minimum: gemarkeerd (small_n = 1); hun LQ en type zijn niet betrouwbaar.</translation>
    </message>
    <message>
        <location filename="../../algorithms/profiling.py" line="133" />
        <source>Bubble chart: {0} regions drawn, {1} labelled.</source>
        <translation>Bellendiagram: {0} regio's getekend, {1} met label.</translation>
    </message>
    <message>
        <location filename="../../algorithms/profiling.py" line="149" />
        <source>* fewer establishments of the sector than the minimum: LQ and type not reliable.</source>
        <translation>* minder vestigingen in de sector dan het minimum: LQ en type niet betrouwbaar.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorruns.py" line="37" />
        <source>Sectors from the sector definitions are read from SBI codes: choose the SBI code field (or a sector field).</source>
        <translation>Sectoren uit de sectordefinities worden gelezen uit SBI-codes: kies het SBI-codeveld (of een sectorveld).</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorruns.py" line="44" />
        <source>The sector definitions hold no sector besides the benchmarks.</source>
        <translation>De sectordefinities bevatten geen sector naast de benchmarks.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorruns.py" line="53" />
        <source>Enter both benchmark means D, or choose another source.</source>
        <translation>Voer beide gemiddelden D van de benchmarks in, of kies een andere bron.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorruns.py" line="58" />
        <source>Computing the benchmark means needs the SBI code field (or choose the published or entered values).</source>
        <translation>Om de gemiddelden van de benchmarks te berekenen is het SBI-codeveld nodig (of kies de gepubliceerde of ingevoerde waarden).</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorruns.py" line="81" />
        <source>{0} sectors: {1}.</source>
        <translation>{0} sectoren: {1}.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorruns.py" line="84" />
        <source>Sectors without a benchmark (no definition naming one; choose Industry or Services as benchmark): their region types are NULL.</source>
        <translation>Sectoren zonder benchmark (geen definitie noemt er een; kies Industrie of Diensten als benchmark): hun regiotypen zijn NULL.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorruns.py" line="92" />
        <source>D-scores read from field “{0}”, not computed here: they must have been computed within each sector, which only holds for sectors that do not overlap.</source>
        <translation>D-scores gelezen uit veld “{0}”, niet hier berekend: ze moeten binnen elke sector berekend zijn, wat alleen klopt voor sectoren die elkaar niet overlappen.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorruns.py" line="98" />
        <source>D-scores of {0} sectors in {1} computations (sectors that do not overlap share one).</source>
        <translation>D-scores van {0} sectoren in {1} berekeningen (sectoren die elkaar niet overlappen delen er één).</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorruns.py" line="118" />
        <source>{0}: mean D {1:.5f} (1/km), computed from the input.</source>
        <translation>{0}: gemiddelde D {1:.5f} (1/km), berekend uit de invoer.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorruns.py" line="138" />
        <source>{0}: {1} establishments, mean D {2:.4f}; regions of type 1, 2, 3: {3}, {4}, {5}.</source>
        <translation>{0}: {1} vestigingen, gemiddelde D {2:.4f}; regio's van type 1, 2, 3: {3}, {4}, {5}.</translation>
    </message>
    <message>
        <location filename="../../algorithms/totals.py" line="37" />
        <source>Cannot read the reference totals “{0}”: {1}</source>
        <translation>Kan de referentietotalen “{0}” niet lezen: {1}</translation>
    </message>
    <message>
        <location filename="../../algorithms/totals.py" line="41" />
        <source>Reference totals “{0}” need the columns sector, establishments and jobs (see the help).</source>
        <translation>Referentietotalen “{0}” moeten de kolommen sector, establishments en jobs hebben (zie de help).</translation>
    </message>
    <message>
        <location filename="../../algorithms/totals.py" line="48" />
        <source>Reference totals “{0}” need a row “all” with the totals of the whole economy.</source>
        <translation>Referentietotalen “{0}” moeten een rij “all” hebben met de totalen van de hele economie.</translation>
    </message>
    <message>
        <location filename="../../algorithms/totals.py" line="61" />
        <source>Reference totals “{0}”, line {1}: “{2}” is not a number of {3}.</source>
        <translation>Referentietotalen “{0}”, regel {1}: “{2}” is geen getal (kolom {3}).</translation>
    </message>
    <message>
        <location filename="../../algorithms/totals.py" line="73" />
        <source>The reference totals have no row for the sector “{0}”.</source>
        <translation>De referentietotalen hebben geen rij voor de sector “{0}”.</translation>
    </message>
    <message>
        <location filename="../../algorithms/totals.py" line="76" />
        <source>The reference totals give no {0} for “{1}” (or for all): needed for the LQ on {0}.</source>
        <translation>De referentietotalen geven geen {0} voor “{1}” (of voor all): nodig voor het LQ op basis van {0}.</translation>
    </message>
    <message>
        <location filename="../../algorithms/totals.py" line="86" />
        <source>National totals from the reference table: the layer is taken to hold part of the country; LQs use the national E(s) and E, jobs shares the national sector jobs.</source>
        <translation>Landelijke totalen uit de referentietabel: de laag wordt opgevat als een deel van het land; LQ's gebruiken de landelijke E(s) en E, banenaandelen de landelijke banen van de sector.</translation>
    </message>
    <message>
        <location filename="../../algorithms/totals.py" line="95" />
        <source>{0:.0%} of the located establishments lie within {1:.0f} km of the edge of the layer's extent: their D-scores miss the establishments across the edge and are lower than a national run would give (the mean D of regions at the edge too).</source>
        <translation>{0:.0%} van de vestigingen met een locatie ligt binnen {1:.0f} km van de rand van het bereik van de laag: hun D-scores missen de vestigingen over de rand en zijn lager dan een landelijke berekening zou geven (ook de gemiddelde D van regio's aan de rand).</translation>
    </message>
    <message>
        <location filename="../../algorithms/varieties.py" line="44" />
        <source>Variety: fine level (classes)</source>
        <translation>Variëteit: fijn niveau (klassen)</translation>
    </message>
    <message>
        <location filename="../../algorithms/varieties.py" line="44" />
        <source>The classes whose shares p_i make total variety: 5-digit SBI (4 digits when most codes have no 5 digits), 4 or 3 digits. Codes less detailed than this level are left out (counted).</source>
        <translation>De klassen waarvan de aandelen p_i de totale variëteit vormen: 5-cijferige SBI (4 cijfers als de meeste codes geen 5 cijfers hebben), 4 of 3 cijfers. Codes die minder gedetailleerd zijn dan dit niveau worden weggelaten (en geteld).</translation>
    </message>
    <message>
        <location filename="../../algorithms/varieties.py" line="49" />
        <source>Variety: coarse level (groups)</source>
        <translation>Variëteit: grof niveau (groepen)</translation>
    </message>
    <message>
        <location filename="../../algorithms/varieties.py" line="49" />
        <source>The groups whose shares P_g make unrelated variety: 2-digit divisions (Frenken et al.), sections, or 3-digit groups. Must be coarser than the fine level.</source>
        <translation>De groepen waarvan de aandelen P_g de ongerelateerde variëteit vormen: 2-cijferige afdelingen (Frenken et al.), secties of 3-cijferige groepen. Moet grover zijn dan het fijne niveau.</translation>
    </message>
    <message>
        <location filename="../../algorithms/varieties.py" line="53" />
        <source>Variety: shares of</source>
        <translation>Variëteit: aandelen van</translation>
    </message>
    <message>
        <location filename="../../algorithms/varieties.py" line="53" />
        <source>Shares of jobs (Frenken et al.; NULL jobs count as 1) or of establishments.</source>
        <translation>Aandelen van banen (Frenken et al.; banen met NULL tellen als 1) of van vestigingen.</translation>
    </message>
    <message>
        <location filename="../../algorithms/varieties.py" line="63" />
        <source>Variety is read from SBI codes: choose the SBI code field.</source>
        <translation>Variëteit wordt gelezen uit SBI-codes: kies het SBI-codeveld.</translation>
    </message>
    <message>
        <location filename="../../algorithms/varieties.py" line="65" />
        <source>The coarse level ({0} digits) must be coarser than the fine level ({1} digits).</source>
        <translation>Het grove niveau ({0} cijfers) moet grover zijn dan het fijne niveau ({1} cijfers).</translation>
    </message>
    <message>
        <location filename="../../algorithms/varieties.py" line="79" />
        <source>Variety: classes of {0} digits within {1}.</source>
        <translation>Variëteit: klassen van {0} cijfers binnen {1}.</translation>
    </message>
    <message>
        <location filename="../../algorithms/varieties.py" line="79" />
        <source>sections</source>
        <translation>secties</translation>
    </message>
    <message>
        <location filename="../../algorithms/varieties.py" line="79" />
        <source>{0}-digit groups</source>
        <translation>groepen van {0} cijfers</translation>
    </message>
    <message>
        <location filename="../../algorithms/varieties.py" line="91" />
        <source>Variety: {0} establishments have no readable SBI code: left out.</source>
        <translation>Variëteit: {0} vestigingen hebben geen leesbare SBI-code: weggelaten.</translation>
    </message>
    <message>
        <location filename="../../algorithms/varieties.py" line="93" />
        <source>Variety: {0} establishments have an SBI code of fewer than {1} digits: left out (choose a coarser fine level to count them).</source>
        <translation>Variëteit: {0} vestigingen hebben een SBI-code van minder dan {1} cijfers: weggelaten (kies een grover fijn niveau om ze mee te tellen).</translation>
    </message>
    <message>
        <location filename="../../algorithms/varieties.py" line="103" />
        <source>Regions from a region-code field have no borders: the means over neighbouring regions are NULL.</source>
        <translation>Regio's uit een regiocodeveld hebben geen grenzen: de gemiddelden over aangrenzende regio's zijn NULL.</translation>
    </message>
    <message>
        <location filename="../../algorithms/varieties.py" line="130" />
        <source>{0} regions share a border with no other region: their neighbour means are NULL.</source>
        <translation>{0} regio's delen met geen enkele andere regio een grens: hun burengemiddelden zijn NULL.</translation>
    </message>
    <message>
        <location filename="../../algorithms/varieties.py" line="150" />
        <source>Variety: {0} regions have no establishments with a readable code: NULL.</source>
        <translation>Variëteit: {0} regio's hebben geen vestigingen met een leesbare code: NULL.</translation>
    </message>
    <message>
        <location filename="../../algorithms/variety.py" line="79" />
        <source>Counted (jobs or establishments)</source>
        <translation>Geteld (banen of vestigingen)</translation>
    </message>
    <message>
        <location filename="../../algorithms/variety.py" line="79" />
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <location filename="../../algorithms/variety.py" line="79" />
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <location filename="../../algorithms/wholeeconomy.py" line="21" />
        <source>Profiles (one row per sector and region)</source>
        <translation>Profielen (één rij per sector en regio)</translation>
    </message>
    <message>
        <location filename="../../algorithms/wholeeconomy.py" line="21" />
        <source>sector, benchmark, region, parent, and the fields of the regional profile.</source>
        <translation>sector, benchmark, regio, bovenliggende regio en de velden van het regioprofiel.</translation>
    </message>
    <message>
        <location filename="../../algorithms/wholeeconomy.py" line="21" />
        <source>Appendix 3: jobs, specialisation and concentration</source>
        <translation>Bijlage 3: banen, specialisatie en concentratie</translation>
    </message>
    <message>
        <location filename="../../algorithms/wholeeconomy.py" line="21" />
        <source>One row per region and a national row; per sector its jobs, LQ and mean D.</source>
        <translation>Eén rij per regio en een landelijke rij; per sector de banen, het LQ en de gemiddelde D.</translation>
    </message>
    <message>
        <location filename="../../algorithms/wholereport.py" line="21" />
        <source>Table 1: regions of type 1, 2 and 3 per sector</source>
        <translation>Tabel 1: regio's van type 1, 2 en 3 per sector</translation>
    </message>
    <message>
        <location filename="../../algorithms/wholeeconomy.py" line="21" />
        <source>The region names per type.</source>
        <translation>De regionamen per type.</translation>
    </message>
    <message>
        <location filename="../../algorithms/wholereport.py" line="23" />
        <source>Table 2: sectors per parent region and type</source>
        <translation>Tabel 2: sectoren per bovenliggende regio en type</translation>
    </message>
    <message>
        <location filename="../../algorithms/wholeeconomy.py" line="21" />
        <source>Per parent region (landsdeel, province) and type: “sector (regions)”. Needs the parent field.</source>
        <translation>Per bovenliggende regio (landsdeel, provincie) en type: “sector (regio's)”. Vereist het veld bovenliggende regio.</translation>
    </message>
    <message>
        <location filename="../../algorithms/wholeeconomy.py" line="31" />
        <source>Figure 1: mean D per sector (PNG; an SVG beside it)</source>
        <translation>Figuur 1: gemiddelde D per sector (PNG; met een SVG ernaast)</translation>
    </message>
    <message>
        <location filename="../../algorithms/wholeeconomy.py" line="31" />
        <source>PNG files (*.png)</source>
        <translation>PNG-bestanden (*.png)</translation>
    </message>
    <message>
        <location filename="../../algorithms/wholeeconomy.py" line="31" />
        <source>Horizontal bars of each sector's mean D, with both benchmark means marked.</source>
        <translation>Horizontale balken met de gemiddelde D van elke sector, met beide benchmarkgemiddelden gemarkeerd.</translation>
    </message>
    <message>
        <location filename="../../algorithms/wholeeconomy.py" line="34" />
        <source>Report (HTML)</source>
        <translation>Rapport (HTML)</translation>
    </message>
    <message>
        <location filename="../../algorithms/wholeeconomy.py" line="34" />
        <source>HTML files (*.html)</source>
        <translation>HTML-bestanden (*.html)</translation>
    </message>
    <message>
        <location filename="../../algorithms/wholeeconomy.py" line="34" />
        <source>One page: figure 1, appendix 3, tables 1 and 2, and every sector's bubble chart with its key numbers.</source>
        <translation>Eén pagina: figuur 1, bijlage 3, tabel 1 en 2, en het bellendiagram van elke sector met de kerncijfers.</translation>
    </message>
    <message>
        <location filename="../../algorithms/wholeeconomy.py" line="57" />
        <source>Table 2 needs the parent region field: not written.</source>
        <translation>Tabel 2 vereist het veld bovenliggende regio: niet geschreven.</translation>
    </message>
    <message>
        <location filename="../../algorithms/wholereport.py" line="48" />
        <source>National total</source>
        <translation>Landelijk totaal</translation>
    </message>
    <message>
        <location filename="../../algorithms/wholeeconomy.py" line="118" />
        <source>Mean D-score per sector</source>
        <translation>Gemiddelde D-score per sector</translation>
    </message>
    <message>
        <location filename="../../algorithms/wholereport.py" line="18" />
        <source>Appendix 3: jobs, specialisation (LQ) and concentration (mean D) per region and sector</source>
        <translation>Bijlage 3: banen, specialisatie (LQ) en concentratie (gemiddelde D) per regio en sector</translation>
    </message>
    <message>
        <location filename="../../algorithms/wholereport.py" line="28" />
        <source>Establishments: {0}. Region types: 1 clustered, large volume, specialised; 2 clustered, small volume, specialised; 3 clustered, large volume, not specialised. * fewer establishments than the minimum.</source>
        <translation>Vestigingen: {0}. Regiotypen: 1 geclusterd, groot volume, gespecialiseerd; 2 geclusterd, klein volume, gespecialiseerd; 3 geclusterd, groot volume, niet gespecialiseerd. * minder vestigingen dan het minimum.</translation>
    </message>
    <message>
        <location filename="../../algorithms/wholereport.py" line="31" />
        <source>Regional profiles of all sectors</source>
        <translation>Regioprofielen van alle sectoren</translation>
    </message>
    <message>
        <location filename="../../algorithms/wholereport.py" line="64" />
        <source>Type 1</source>
        <translation>Type 1</translation>
    </message>
    <message>
        <location filename="../../algorithms/wholereport.py" line="64" />
        <source>Type 2</source>
        <translation>Type 2</translation>
    </message>
    <message>
        <location filename="../../algorithms/wholereport.py" line="64" />
        <source>Type 3</source>
        <translation>Type 3</translation>
    </message>
    <message>
        <location filename="../../algorithms/wholereport.py" line="64" />
        <source>Parent region</source>
        <translation>Bovenliggende regio</translation>
    </message>
    <message>
        <location filename="../../algorithms/wholereport.py" line="73" />
        <source>{0} establishments, {1} jobs; mean D {2} (benchmark {3}: {4}); regions of type 1, 2, 3: {5}, {6}, {7}; large volume: at least {8} sector jobs.</source>
        <translation>{0} vestigingen, {1} banen; gemiddelde D {2} (benchmark {3}: {4}); regio's van type 1, 2, 3: {5}, {6}, {7}; groot volume: minstens {8} banen in de sector.</translation>
    </message>
    <message>
        <location filename="../../algorithms/wholereport.py" line="78" />
        <source>{0}: specialisation, concentration and jobs per region</source>
        <translation>{0}: specialisatie, concentratie en banen per regio</translation>
    </message>
    <message>
        <location filename="../../algorithms/years.py" line="57" />
        <source>Establishments at t0 (or both years, with a year field)</source>
        <translation>Vestigingen in t0 (of beide jaren, met een jaarveld)</translation>
    </message>
    <message>
        <location filename="../../algorithms/years.py" line="57" />
        <source>One feature per establishment (points, or a table with a region-code field): the first year, or both years in one layer told apart by the year field.</source>
        <translation>Eén object per vestiging (punten, of een tabel met een regiocodeveld): het eerste jaar, of beide jaren in één laag, onderscheiden door het jaarveld.</translation>
    </message>
    <message>
        <location filename="../../algorithms/years.py" line="61" />
        <source>Establishments at t1 (empty: one layer with a year field)</source>
        <translation>Vestigingen in t1 (leeg: één laag met een jaarveld)</translation>
    </message>
    <message>
        <location filename="../../algorithms/years.py" line="61" />
        <source>The second year as a layer of its own, with the same field names as the first.</source>
        <translation>Het tweede jaar als eigen laag, met dezelfde veldnamen als de eerste.</translation>
    </message>
    <message>
        <location filename="../../algorithms/years.py" line="64" />
        <source>Year field (one layer with both years)</source>
        <translation>Jaarveld (één laag met beide jaren)</translation>
    </message>
    <message>
        <location filename="../../algorithms/years.py" line="64" />
        <source>Instead of a second layer: the field that tells the years apart, with the values below.</source>
        <translation>In plaats van een tweede laag: het veld dat de jaren onderscheidt, met de waarden hieronder.</translation>
    </message>
    <message>
        <location filename="../../algorithms/years.py" line="67" />
        <source>Year t0 (value in the year field, or a label)</source>
        <translation>Jaar t0 (waarde in het jaarveld, of een label)</translation>
    </message>
    <message>
        <location filename="../../algorithms/years.py" line="67" />
        <source>The first year, e.g. 2018: the value of the year field, or with two layers the year they hold (for labels and the period).</source>
        <translation>Het eerste jaar, bijv. 2018: de waarde van het jaarveld, of bij twee lagen het jaar dat ze bevatten (voor labels en de periode).</translation>
    </message>
    <message>
        <location filename="../../algorithms/years.py" line="71" />
        <source>Year t1 (value in the year field, or a label)</source>
        <translation>Jaar t1 (waarde in het jaarveld, of een label)</translation>
    </message>
    <message>
        <location filename="../../algorithms/years.py" line="71" />
        <source>The second year, e.g. 2023.</source>
        <translation>Het tweede jaar, bijv. 2023.</translation>
    </message>
    <message>
        <location filename="../../algorithms/years.py" line="74" />
        <source>Period T in years (empty: t1 − t0)</source>
        <translation>Periode T in jaren (leeg: t1 − t0)</translation>
    </message>
    <message>
        <location filename="../../algorithms/years.py" line="77" />
        <source>The years between t0 and t1, for the annual growth (1 + g)^(1/T) − 1. Empty: the difference of the two years when both are numbers.</source>
        <translation>De jaren tussen t0 en t1, voor de jaarlijkse groei (1 + g)^(1/T) − 1. Leeg: het verschil tussen de twee jaren als beide getallen zijn.</translation>
    </message>
    <message>
        <location filename="../../algorithms/years.py" line="98" />
        <source>Give either a second layer (t1) or a year field, not both.</source>
        <translation>Geef een tweede laag (t1) of een jaarveld op, niet beide.</translation>
    </message>
    <message>
        <location filename="../../algorithms/years.py" line="100" />
        <source>Give the establishments at t1 as a second layer, or a year field with the values of t0 and t1.</source>
        <translation>Geef de vestigingen in t1 op als tweede laag, of een jaarveld met de waarden van t0 en t1.</translation>
    </message>
    <message>
        <location filename="../../algorithms/years.py" line="104" />
        <source>Give the values of the year field “{0}” that mark t0 and t1.</source>
        <translation>Geef de waarden van het jaarveld “{0}” op die t0 en t1 aanduiden.</translation>
    </message>
    <message>
        <location filename="../../algorithms/years.py" line="106" />
        <source>Years t0 and t1 are the same ({0}).</source>
        <translation>Jaar t0 en jaar t1 zijn gelijk ({0}).</translation>
    </message>
    <message>
        <location filename="../../algorithms/years.py" line="116" />
        <source>The period must be more than 0 years (it is {0}).</source>
        <translation>De periode moet meer dan 0 jaar zijn (nu {0}).</translation>
    </message>
    <message>
        <location filename="../../algorithms/years.py" line="121" />
        <source>The period is not given and the years are not numbers: annual growth is NULL. Give the period T in years.</source>
        <translation>De periode is niet opgegeven en de jaren zijn geen getallen: de jaarlijkse groei is NULL. Geef de periode T in jaren op.</translation>
    </message>
    <message>
        <location filename="../../algorithms/years.py" line="125" />
        <source>Year t1 ({1}) must come after year t0 ({0}).</source>
        <translation>Jaar t1 ({1}) moet na jaar t0 ({0}) komen.</translation>
    </message>
    <message>
        <location filename="../../algorithms/years.py" line="149" />
        <source>The layers of t0 (“{0}”, {1}) and t1 (“{2}”, {3}) are in different CRSs: reproject one of them (for example with Reproject layer) so that locations and distances compare.</source>
        <translation>De lagen van t0 (“{0}”, {1}) en t1 (“{2}”, {3}) hebben verschillende CRS'en: herprojecteer een van beide (bijvoorbeeld met Laag opnieuw projecteren), zodat locaties en afstanden vergelijkbaar zijn.</translation>
    </message>
    <message>
        <location filename="../../algorithms/years.py" line="172" />
        <source>No feature of layer “{0}” has the year {1} in field “{2}”.</source>
        <translation>Geen enkel object van laag “{0}” heeft het jaar {1} in veld “{2}”.</translation>
    </message>
    <message>
        <location filename="../../algorithms/years.py" line="177" />
        <source>{0} features of layer “{1}” are of neither year (or have a NULL year): they are left out, and written with NULL values.</source>
        <translation>{0} objecten van laag “{1}” horen bij geen van beide jaren (of hebben jaar NULL): ze blijven buiten de analyse en worden met NULL-waarden geschreven.</translation>
    </message>
    <message>
        <location filename="../../algorithms/clusters.py" line="105" />
        <source>No benchmark population to test against (the sector names no benchmark, or no SBI code field is given): the significance is tested within the whole layer.</source>
        <translation>Geen benchmarkpopulatie om tegen te toetsen (de sector noemt geen benchmark, of er is geen SBI-codeveld opgegeven): de significantie wordt binnen de hele laag getoetst.</translation>
    </message>
    <message>
        <location filename="../../algorithms/clusters.py" line="113" />
        <source>Significant clusters only: {0} strong and {1} very strong cluster establishments of {2} and {3} are significant.</source>
        <translation>Alleen significante clusters: {0} vestigingen in sterke en {1} in zeer sterke clusters van {2} en {3} zijn significant.</translation>
    </message>
    <message>
        <location filename="../../algorithms/profiling.py" line="128" />
        <source>Mean d_ratio: D against the D expected under random labelling</source>
        <translation>Gemiddelde d_ratio: D ten opzichte van de verwachte D bij willekeurige toewijzing van labels</translation>
    </message>
    <message>
        <location filename="../../algorithms/profiling.py" line="128" />
        <source>random labelling: {0:.0f} </source>
        <translation>willekeurige toewijzing van labels: {0:.0f} </translation>
    </message>
    <message>
        <location filename="../../algorithms/randomlabelling.py" line="60" />
        <source>Control population</source>
        <translation>Controlepopulatie</translation>
    </message>
    <message>
        <location filename="../../algorithms/randomlabelling.py" line="60" />
        <source>The establishments the sector's labels are drawn from under the null hypothesis: the sector's benchmark population together with the sector (default), the whole layer, or those of the control expression together with the sector.</source>
        <translation>De vestigingen waaruit de labels van de sector onder de nulhypothese worden getrokken: de benchmarkpopulatie van de sector samen met de sector (standaard), de hele laag, of die van de controle-expressie samen met de sector.</translation>
    </message>
    <message>
        <location filename="../../algorithms/randomlabelling.py" line="66" />
        <source>Control expression</source>
        <translation>Controle-expressie</translation>
    </message>
    <message>
        <location filename="../../algorithms/randomlabelling.py" line="66" />
        <source>With the control population by expression: a QGIS expression true for its establishments, e.g. "sbi" LIKE '6%' or "a10" = 'J'.</source>
        <translation>Bij de controlepopulatie via een expressie: een QGIS-expressie die waar is voor haar vestigingen, bijv. "sbi" LIKE '6%' of "a10" = 'J'.</translation>
    </message>
    <message>
        <location filename="../../algorithms/randomlabelling.py" line="74" />
        <source>Significance level α (Benjamini–Hochberg over the sector)</source>
        <translation>Significantieniveau α (Benjamini–Hochberg over de sector)</translation>
    </message>
    <message>
        <location filename="../../algorithms/randomlabelling.py" line="76" />
        <source>The false discovery rate controlled over the sector's establishments (Benjamini &amp; Hochberg 1995): of the establishments called significant, at most this share is expected to be so by chance.</source>
        <translation>De false discovery rate (FDR) die over de vestigingen van de sector wordt beheerst (Benjamini &amp; Hochberg 1995): van de vestigingen die significant heten, is naar verwachting hoogstens dit aandeel dat door toeval.</translation>
    </message>
    <message>
        <location filename="../../algorithms/randomlabelling.py" line="79" />
        <source>Monte Carlo p-values</source>
        <translation>Monte Carlo-p-waarden</translation>
    </message>
    <message>
        <location filename="../../algorithms/randomlabelling.py" line="79" />
        <source>Rank-based p-values from random draws instead of the normal approximation, which is poor for small sectors. Its cost grows with the square of the sector's size.</source>
        <translation>P-waarden op basis van rangen uit willekeurige trekkingen in plaats van de normale benadering, die voor kleine sectoren slecht is. De rekentijd groeit met het kwadraat van de omvang van de sector.</translation>
    </message>
    <message>
        <location filename="../../algorithms/randomlabelling.py" line="84" />
        <source>Monte Carlo automatically below this many establishments</source>
        <translation>Automatisch Monte Carlo onder dit aantal vestigingen</translation>
    </message>
    <message>
        <location filename="../../algorithms/randomlabelling.py" line="84" />
        <source>With the automatic choice: sectors with fewer located establishments get Monte Carlo p-values.</source>
        <translation>Bij de automatische keuze: sectoren met minder vestigingen met een locatie krijgen Monte Carlo-p-waarden.</translation>
    </message>
    <message>
        <location filename="../../algorithms/randomlabelling.py" line="91" />
        <source>Monte Carlo draws</source>
        <translation>Monte Carlo-trekkingen</translation>
    </message>
    <message>
        <location filename="../../algorithms/randomlabelling.py" line="91" />
        <source>Random draws per test; the smallest p-value is 1/(draws + 1).</source>
        <translation>Willekeurige trekkingen per toets; de kleinste p-waarde is 1/(trekkingen + 1).</translation>
    </message>
    <message>
        <location filename="../../algorithms/randomlabelling.py" line="93" />
        <source>Random seed</source>
        <translation>Startwaarde (seed)</translation>
    </message>
    <message>
        <location filename="../../algorithms/randomlabelling.py" line="93" />
        <source>The seed of the random draws: the same seed gives the same p-values. It is written to the log.</source>
        <translation>De startwaarde (seed) van de willekeurige trekkingen: dezelfde startwaarde geeft dezelfde p-waarden. Ze wordt in het log geschreven.</translation>
    </message>
    <message>
        <location filename="../../algorithms/randomlabelling.py" line="112" />
        <source>Give the control expression, or choose another control population.</source>
        <translation>Geef de controle-expressie op, of kies een andere controlepopulatie.</translation>
    </message>
    <message>
        <location filename="../../algorithms/randomlabelling.py" line="115" />
        <source>Control expression “{0}”: {1}</source>
        <translation>Controle-expressie “{0}”: {1}</translation>
    </message>
    <message>
        <location filename="../../algorithms/randomlabelling.py" line="119" />
        <source>The sector has no definition naming its benchmark: choose Industry or Services as benchmark, or another control population.</source>
        <translation>De sector heeft geen definitie die de benchmark noemt: kies Industrie of Diensten als benchmark, of een andere controlepopulatie.</translation>
    </message>
    <message>
        <location filename="../../algorithms/randomlabelling.py" line="122" />
        <source>The {0} as control population needs the SBI code field.</source>
        <translation>{0} als controlepopulatie vereist het SBI-codeveld.</translation>
    </message>
    <message>
        <location filename="../../algorithms/randomlabelling.py" line="132" />
        <source>the whole layer</source>
        <translation>de hele laag</translation>
    </message>
    <message>
        <location filename="../../algorithms/randomlabelling.py" line="138" />
        <source>Control population: {0} together with the sector, {1} establishments ({2} with a location).</source>
        <translation>Controlepopulatie: {0} samen met de sector, {1} vestigingen ({2} met een locatie).</translation>
    </message>
    <message>
        <location filename="../../algorithms/randomlabelling.py" line="160" />
        <source>Monte Carlo p-values for {0} establishments with {1} draws would take {2:.0e} distance evaluations (hours): choose the automatic mode, the normal approximation or fewer draws.</source>
        <translation>Monte Carlo-p-waarden voor {0} vestigingen met {1} trekkingen zouden {2:.0e} afstandsberekeningen kosten (uren): kies de automatische modus, de normale benadering of minder trekkingen.</translation>
    </message>
    <message>
        <location filename="../../algorithms/randomlabelling.py" line="166" />
        <source>Geographic coordinates (degrees): the fast method needs a projected CRS, so the sums over the control population are computed exactly — long for large sectors. Reproject the layer to a local projected CRS in metres first (EPSG:28992, RD New, in the Netherlands).</source>
        <translation>Geografische coördinaten (graden): de snelle methode vereist een geprojecteerd CRS, dus de sommen over de controlepopulatie worden exact berekend — lang voor grote sectoren. Herprojecteer de laag eerst naar een lokaal geprojecteerd CRS in meters (in Nederland EPSG:28992, RD New).</translation>
    </message>
    <message>
        <location filename="../../algorithms/randomlabelling.py" line="177" />
        <source>Random labelling: J = {0} establishments of the sector within a control population of N = {1}; null hypothesis: the J − 1 others of each are a random draw from the N − 1 others.</source>
        <translation>Willekeurige toewijzing van labels: J = {0} vestigingen van de sector binnen een controlepopulatie van N = {1}; nulhypothese: de J − 1 andere van elke vestiging zijn een willekeurige trekking uit de N − 1 andere.</translation>
    </message>
    <message>
        <location filename="../../algorithms/randomlabelling.py" line="181" />
        <source>Σk and Σk² by the fast method, certified: largest relative error bound {0:.1e} (tolerance {1:g}).</source>
        <translation>Σk en Σk² met de snelle methode, gegarandeerd: grootste relatieve foutgrens {0:.1e} (tolerantie {1:g}).</translation>
    </message>
    <message>
        <location filename="../../algorithms/randomlabelling.py" line="184" />
        <source>Monte Carlo p-values: {0} draws per establishment, seed {1}.</source>
        <translation>Monte Carlo-p-waarden: {0} trekkingen per vestiging, startwaarde {1}.</translation>
    </message>
    <message>
        <location filename="../../algorithms/randomlabelling.py" line="186" />
        <source>Only {0} establishments: the normal approximation is poor for small sectors; choose Monte Carlo p-values.</source>
        <translation>Slechts {0} vestigingen: de normale benadering is slecht voor kleine sectoren; kies Monte Carlo-p-waarden.</translation>
    </message>
    <message>
        <location filename="../../algorithms/randomlabelling.py" line="190" />
        <source>{0} establishments cannot be tested: their D-score is fixed under the null hypothesis (the sector is the whole control population, or every kernel value is equal).</source>
        <translation>{0} vestigingen kunnen niet worden getoetst: hun D-score ligt vast onder de nulhypothese (de sector is de hele controlepopulatie, of elke kernwaarde is gelijk).</translation>
    </message>
    <message>
        <location filename="../../algorithms/randomlabelling.py" line="192" />
        <source>Significant at α = {0:g} (Benjamini–Hochberg over the sector): {1} of {2}; mean d_ratio {3:.3f}.</source>
        <translation>Significant bij α = {0:g} (Benjamini–Hochberg over de sector): {1} van {2}; gemiddelde d_ratio {3:.3f}.</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="178" />
        <source>The mean d_ratio needs the D-scores computed here (no D-score field): the chart shows mean D.</source>
        <translation>De gemiddelde d_ratio vereist de hier berekende D-scores (geen D-scoreveld): het diagram toont de gemiddelde D.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorsummary.py" line="102" />
        <source>p (random labelling)</source>
        <translation>p (willekeurige toewijzing van labels)</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorsummary.py" line="119" />
        <source>Sector-level test: each sector's mean D against {0} random sets of as many establishments of its benchmark population together with the sector; seed {1}.</source>
        <translation>Toets op sectorniveau: de gemiddelde D van elke sector tegen {0} willekeurige verzamelingen van evenveel vestigingen uit de benchmarkpopulatie samen met de sector; startwaarde {1}.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorsummary.py" line="132" />
        <source>{0}: mean D {1:.4f}, mean of the random sets {2:.4f}, p = {3:.3f}.</source>
        <translation>{0}: gemiddelde D {1:.4f}, gemiddelde van de willekeurige verzamelingen {2:.4f}, p = {3:.3f}.</translation>
    </message>
    <message>
        <location filename="../../algorithms/outputs.py" line="344" />
        <source>{0} features written to {1}.</source>
        <translation>{0} objecten geschreven naar {1}.</translation>
    </message>
    <message>
        <location filename="../../algorithms/outputs.py" line="290" />
        <source>{0} features written to a temporary layer: {1} (a GeoPackage without spatial index in the temporary folder of QGIS).</source>
        <translation>{0} objecten geschreven naar een tijdelijke laag: {1} (een GeoPackage zonder ruimtelijke index in de tijdelijke map van QGIS).</translation>
    </message>
    <message>
        <location filename="../../algorithms/outputs.py" line="293" />
        <source>{0} features written to {1} (GeoPackage without spatial index: add one with Create spatial index if needed).</source>
        <translation>{0} objecten geschreven naar {1} (GeoPackage zonder ruimtelijke index: voeg er zo nodig een toe met Ruimtelijke index maken).</translation>
    </message>
    <message>
        <location filename="../../algorithms/outputs.py" line="326" />
        <source>a temporary layer</source>
        <translation>een tijdelijke laag</translation>
    </message>
</context>
<context>
    <name>BenchmarkAlgorithm</name>
    <message>
        <location filename="../../algorithms/benchmark.py" line="29" />
        <source>Benchmark population and thresholds</source>
        <translation>Benchmarkpopulatie en drempelwaarden</translation>
    </message>
    <message>
        <location filename="../../algorithms/benchmark.py" line="30" />
        <source>benchmark,percentile,P90,P95,threshold,industry,services,cluster</source>
        <translation>benchmark,benchmarkpopulatie,percentiel,P90,P95,drempelwaarde,drempel,industrie,diensten,cluster,sterk cluster,zeer sterk cluster,clusterindex,d-score,vestigingen,SBI,PBL,CBS,percentile,threshold</translation>
    </message>
    <message>
        <location filename="../../algorithms/benchmark.py" line="35" />
        <source>Benchmark population</source>
        <translation>Benchmarkpopulatie</translation>
    </message>
    <message>
        <location filename="../../algorithms/benchmark.py" line="35" />
        <source>Industry: SBI 10–32 and 383. Services: SBI 09, 33, 58–63, 69–74, 80–82.</source>
        <translation>Industrie: SBI 10–32 en 383. Diensten: SBI 09, 33, 58–63, 69–74, 80–82.</translation>
    </message>
    <message>
        <location filename="../../algorithms/benchmark.py" line="42" />
        <source>Benchmark establishments</source>
        <translation>Vestigingen van de benchmark</translation>
    </message>
    <message>
        <location filename="../../algorithms/benchmark.py" line="42" />
        <source>The benchmark population's establishments with d_score, d_decile, cluster and jobs.</source>
        <translation>De vestigingen van de benchmarkpopulatie met d_score, d_decile, cluster en jobs.</translation>
    </message>
    <message>
        <location filename="../../algorithms/benchmark.py" line="45" />
        <source>Benchmark statistics</source>
        <translation>Benchmarkstatistieken</translation>
    </message>
    <message>
        <location filename="../../algorithms/benchmark.py" line="45" />
        <source>One row: benchmark, n, mean_d, median_d, max_d, p90, p95.</source>
        <translation>Eén rij: benchmark, n, mean_d, median_d, max_d, p90, p95.</translation>
    </message>
    <message>
        <location filename="../../algorithms/benchmark.py" line="49" />
        <source>Benchmark {0}</source>
        <translation>Benchmark {0}</translation>
    </message>
    <message>
        <location filename="../../algorithms/benchmark.py" line="61" />
        <source>{0} benchmark establishments without a location: NULL score.</source>
        <translation>{0} vestigingen van de benchmark zonder locatie: score NULL.</translation>
    </message>
</context>
<context>
    <name>ChangeAlgorithm</name>
    <message>
        <location filename="../../algorithms/change.py" line="58" />
        <source>Change between two years</source>
        <translation>Verandering tussen twee jaren</translation>
    </message>
    <message>
        <location filename="../../algorithms/change.py" line="59" />
        <source>growth,change,shift-share,Dunn,births,deaths,movers,stayers,portfolio,location quotient,concentration,variety,region,PBL</source>
        <translation>groei,verandering,ontwikkeling,shift-share,shift-share-analyse,Dunn,oprichtingen,opheffingen,verhuizers,blijvers,bedrijvendemografie,portfolio,portfoliodiagram,locatiequotiënt,LQ,concentratie,variëteit,regio,COROP,PBL,growth,change</translation>
    </message>
    <message>
        <location filename="../../algorithms/change.py" line="68" />
        <source>Establishment id field (links the two years)</source>
        <translation>Veld vestigings-id (koppelt de twee jaren)</translation>
    </message>
    <message>
        <location filename="../../algorithms/change.py" line="68" />
        <source>An id each establishment keeps from t0 to t1 (the same field name in both layers): births, deaths, movers and stayers per region, and each establishment's D-score in both years.</source>
        <translation>Een id die elke vestiging van t0 tot t1 behoudt (in beide lagen dezelfde veldnaam): oprichtingen, opheffingen, verhuizers en blijvers per regio, en de D-score van elke vestiging in beide jaren.</translation>
    </message>
    <message>
        <location filename="../../algorithms/change.py" line="73" />
        <source>Moved: more than (metres)</source>
        <translation>Verhuisd: meer dan (meter)</translation>
    </message>
    <message>
        <location filename="../../algorithms/change.py" line="76" />
        <source>An establishment in both years whose locations lie further apart than this is a mover, else a stayer.</source>
        <translation>Een vestiging in beide jaren waarvan de locaties verder uit elkaar liggen dan dit, is een verhuizer, anders een blijver.</translation>
    </message>
    <message>
        <location filename="../../algorithms/change.py" line="80" />
        <source>Add the variety of each region at t0</source>
        <translation>Variëteit van elke regio in t0 toevoegen</translation>
    </message>
    <message>
        <location filename="../../algorithms/change.py" line="80" />
        <source>Adds total, unrelated and related variety of all establishments at t0 (and their means over the neighbouring regions) to the output, to set growth against them. Needs the SBI code field.</source>
        <translation>Voegt totale, ongerelateerde en gerelateerde variëteit van alle vestigingen in t0 (en hun gemiddelden over de aangrenzende regio's) toe aan de uitvoer, om de groei ertegen af te zetten. Vereist het SBI-codeveld.</translation>
    </message>
    <message>
        <location filename="../../algorithms/change.py" line="90" />
        <source>Growth of</source>
        <translation>Groei van</translation>
    </message>
    <message>
        <location filename="../../algorithms/change.py" line="90" />
        <source>Growth and shift-share of jobs (the 2008 study) or of establishments.</source>
        <translation>Groei en shift-share van banen (de studie van 2008) of van vestigingen.</translation>
    </message>
    <message>
        <location filename="../../algorithms/change.py" line="93" />
        <source>LQ basis</source>
        <translation>LQ-basis</translation>
    </message>
    <message>
        <location filename="../../algorithms/change.py" line="93" />
        <source>Count establishments (the reports' choice) or jobs in the location quotient.</source>
        <translation>Tel vestigingen (de keuze van de rapporten) of banen in het locatiequotiënt.</translation>
    </message>
    <message>
        <location filename="../../algorithms/change.py" line="96" />
        <source>Portfolio chart: x axis</source>
        <translation>Portfoliodiagram: x-as</translation>
    </message>
    <message>
        <location filename="../../algorithms/change.py" line="96" />
        <source>Growth against specialisation (LQ at t0, a line at LQ = 1) or against concentration (mean D-score at t0, a line at the benchmark's mean D).</source>
        <translation>Groei tegenover specialisatie (LQ in t0, een lijn bij LQ = 1) of tegenover concentratie (gemiddelde D-score in t0, een lijn bij de gemiddelde D van de benchmark).</translation>
    </message>
    <message>
        <location filename="../../algorithms/change.py" line="101" />
        <source>Benchmark mean D (chart line)</source>
        <translation>Gemiddelde D van de benchmark (lijn in het diagram)</translation>
    </message>
    <message>
        <location filename="../../algorithms/change.py" line="101" />
        <source>With mean D on the x axis: the benchmark population's mean D at t0 computed from the input, published (NL 2011), or entered.</source>
        <translation>Met gemiddelde D op de x-as: de gemiddelde D van de benchmarkpopulatie in t0, berekend uit de invoer, gepubliceerd (NL 2011) of ingevoerd.</translation>
    </message>
    <message>
        <location filename="../../algorithms/change.py" line="106" />
        <source>Benchmark mean D (1/km)</source>
        <translation>Gemiddelde D van de benchmark (1/km)</translation>
    </message>
    <message>
        <location filename="../../algorithms/change.py" line="109" />
        <source>Used when the benchmark mean D is entered.</source>
        <translation>Gebruikt als de gemiddelde D van de benchmark wordt ingevoerd.</translation>
    </message>
    <message>
        <location filename="../../algorithms/change.py" line="112" />
        <source>Change per region</source>
        <translation>Verandering per regio</translation>
    </message>
    <message>
        <location filename="../../algorithms/change.py" line="112" />
        <source>The regions with growth, shift-share, LQ and mean D in both years (and births, deaths, movers, stayers; variety), styled by growth relative to the sector's national growth.</source>
        <translation>De regio's met groei, shift-share, LQ en gemiddelde D in beide jaren (en oprichtingen, opheffingen, verhuizers, blijvers; variëteit), opgemaakt naar de groei ten opzichte van de landelijke groei van de sector.</translation>
    </message>
    <message>
        <location filename="../../algorithms/change.py" line="116" />
        <source>Change table</source>
        <translation>Verandering (tabel)</translation>
    </message>
    <message>
        <location filename="../../algorithms/change.py" line="116" />
        <source>The same as a table without geometry (region_id, region_name first).</source>
        <translation>Hetzelfde als tabel zonder geometrie (region_id, region_name eerst).</translation>
    </message>
    <message>
        <location filename="../../algorithms/change.py" line="119" />
        <source>Establishments at t1 (one layer: both years)</source>
        <translation>Vestigingen in t1 (één laag: beide jaren)</translation>
    </message>
    <message>
        <location filename="../../algorithms/change.py" line="119" />
        <source>Every feature of the t1 layer (or of the one layer) with period, status (birth, stayer, mover, death), in_sector, region_id, d_score_t0, d_score_t1 and moved_m.</source>
        <translation>Elk object van de laag van t1 (of van de ene laag) met period, status (birth: oprichting, stayer: blijver, mover: verhuizer, death: opheffing), in_sector, region_id, d_score_t0, d_score_t1 en moved_m.</translation>
    </message>
    <message>
        <location filename="../../algorithms/change.py" line="123" />
        <source>Establishments at t0 (two layers)</source>
        <translation>Vestigingen in t0 (twee lagen)</translation>
    </message>
    <message>
        <location filename="../../algorithms/change.py" line="123" />
        <source>With two layers: every feature of the t0 layer with the same fields (deaths among them).</source>
        <translation>Bij twee lagen: elk object van de laag van t0 met dezelfde velden (waaronder de opheffingen).</translation>
    </message>
    <message>
        <location filename="../../algorithms/change.py" line="126" />
        <source>Portfolio chart (PNG; an SVG is written beside it)</source>
        <translation>Portfoliodiagram (PNG; met een SVG ernaast)</translation>
    </message>
    <message>
        <location filename="../../algorithms/change.py" line="126" />
        <source>PNG files (*.png)</source>
        <translation>PNG-bestanden (*.png)</translation>
    </message>
    <message>
        <location filename="../../algorithms/change.py" line="126" />
        <source>x = LQ (or mean D) at t0, y = growth, bubble area = sector jobs at t1; lines at LQ = 1 (or the benchmark mean D) and at the sector's national growth.</source>
        <translation>x = LQ (of gemiddelde D) in t0, y = groei, oppervlak van de bel = banen in de sector in t1; lijnen bij LQ = 1 (of de gemiddelde D van de benchmark) en bij de landelijke groei van de sector.</translation>
    </message>
    <message>
        <location filename="../../algorithms/change.py" line="131" />
        <source>Report (HTML)</source>
        <translation>Rapport (HTML)</translation>
    </message>
    <message>
        <location filename="../../algorithms/change.py" line="131" />
        <source>HTML files (*.html)</source>
        <translation>HTML-bestanden (*.html)</translation>
    </message>
    <message>
        <location filename="../../algorithms/change.py" line="131" />
        <source>A report with the portfolio chart and the tables.</source>
        <translation>Een rapport met het portfoliodiagram en de tabellen.</translation>
    </message>
    <message>
        <location filename="../../algorithms/change.py" line="134" />
        <source>Portfolio chart (SVG)</source>
        <translation>Portfoliodiagram (SVG)</translation>
    </message>
    <message>
        <location filename="../../algorithms/change.py" line="158" />
        <source>Change {0}–{1}: {2}</source>
        <translation>Verandering {0}–{1}: {2}</translation>
    </message>
</context>
<context>
    <name>ClusterIndexAlgorithm</name>
    <message>
        <location filename="../../algorithms/base.py" line="111" />
        <source>Cluster index</source>
        <translation>Clusterindex</translation>
    </message>
    <message>
        <location filename="../../algorithms/base.py" line="135" />
        <source>The distance floor must be more than 0 metres (it is {0}).</source>
        <translation>De drempelafstand moet groter zijn dan 0 meter (nu {0}).</translation>
    </message>
    <message>
        <location filename="../../algorithms/base.py" line="148" />
        <source>Canceled: no output was written.</source>
        <translation>Geannuleerd: er is geen uitvoer geschreven.</translation>
    </message>
    <message>
        <location filename="../../algorithms/base.py" line="157" />
        <source>Clusterindex failed unexpectedly ({0}: {1}). Please report this with the log.</source>
        <translation>Clusterindex is onverwacht mislukt ({0}: {1}). Meld dit a.u.b. en voeg het log bij.</translation>
    </message>
</context>
<context>
    <name>ClusterIndexProvider</name>
    <message>
        <location filename="../../plugin/provider.py" line="26" />
        <source>Clusterindex</source>
        <translation>Clusterindex</translation>
    </message>
    <message>
        <location filename="../../plugin/provider.py" line="29" />
        <source>Clusterindex: business clusters (D-score, PBL/CBS method)</source>
        <translation>Clusterindex: bedrijvenclusters (D-score, PBL/CBS-methode)</translation>
    </message>
</context>
<context>
    <name>ClustersAlgorithm</name>
    <message>
        <location filename="../../algorithms/clusters.py" line="28" />
        <source>Strong and very strong clusters of a sector</source>
        <translation>Sterke en zeer sterke clusters van een sector</translation>
    </message>
    <message>
        <location filename="../../algorithms/clusters.py" line="29" />
        <source>cluster,strong,very strong,P90,P95,benchmark,sector,map</source>
        <translation>cluster,clusters,sterk,zeer sterk,sterk cluster,zeer sterk cluster,P90,P95,benchmark,sector,topsector,kaart,vestigingen,concentratie,clusterindex,d-score,SBI,PBL,CBS</translation>
    </message>
    <message>
        <location filename="../../algorithms/clusters.py" line="34" />
        <source>Thresholds (P90, P95)</source>
        <translation>Drempelwaarden (P90, P95)</translation>
    </message>
    <message>
        <location filename="../../algorithms/clusters.py" line="34" />
        <source>Computed from the benchmark population in the input; the published values for the Netherlands 2011 (national data, d0 = 1 km only); or entered below.</source>
        <translation>Berekend uit de benchmarkpopulatie in de invoer; de gepubliceerde waarden voor Nederland 2011 (landelijke gegevens, alleen d0 = 1 km); of hieronder ingevoerd.</translation>
    </message>
    <message>
        <location filename="../../algorithms/clusters.py" line="39" />
        <source>P90 (strong), 1/km</source>
        <translation>P90 (sterk), 1/km</translation>
    </message>
    <message>
        <location filename="../../algorithms/clusters.py" line="39" />
        <source>P95 (very strong), 1/km</source>
        <translation>P95 (zeer sterk), 1/km</translation>
    </message>
    <message>
        <location filename="../../algorithms/clusters.py" line="43" />
        <source>Used when the thresholds are entered; in a model, the output of Benchmark population and thresholds.</source>
        <translation>Gebruikt als de drempelwaarden worden ingevoerd; in een model de uitvoer van Benchmarkpopulatie en drempelwaarden.</translation>
    </message>
    <message>
        <location filename="../../algorithms/clusters.py" line="52" />
        <source>Cluster establishments</source>
        <translation>Vestigingen in clusters</translation>
    </message>
    <message>
        <location filename="../../algorithms/clusters.py" line="52" />
        <source>The sector's establishments in strong or very strong clusters, with d_score and cluster.</source>
        <translation>De vestigingen van de sector in sterke of zeer sterke clusters, met d_score en cluster.</translation>
    </message>
    <message>
        <location filename="../../algorithms/clusters.py" line="56" />
        <source>All establishments of the sector</source>
        <translation>Alle vestigingen van de sector</translation>
    </message>
    <message>
        <location filename="../../algorithms/clusters.py" line="56" />
        <source>Optional: every establishment of the sector with its d_score and cluster (NULL below P90).</source>
        <translation>Optioneel: elke vestiging van de sector met d_score en cluster (NULL onder P90).</translation>
    </message>
    <message>
        <location filename="../../algorithms/clusters.py" line="67" />
        <source>both P90 and P95</source>
        <translation>zowel P90 als P95</translation>
    </message>
    <message>
        <location filename="../../algorithms/clusters.py" line="79" />
        <source>Strong (P90 {0:.4f} &lt; D ≤ P95 {1:.4f}): {2}; very strong (D &gt; P95): {3}.</source>
        <translation>Sterk (P90 {0:.4f} &lt; D ≤ P95 {1:.4f}): {2}; zeer sterk (D &gt; P95): {3}.</translation>
    </message>
    <message>
        <location filename="../../algorithms/clusters.py" line="88" />
        <source>Clusters: {0} (P90 {1:.4f}, P95 {2:.4f})</source>
        <translation>Clusters: {0} (P90 {1:.4f}, P95 {2:.4f})</translation>
    </message>
    <message>
        <location filename="../../algorithms/clusters.py" line="95" />
        <source>{0}: all establishments</source>
        <translation>{0}: alle vestigingen</translation>
    </message>
    <message>
        <location filename="../../algorithms/clusters.py" line="45" />
        <source>Significant clusters only (random labelling)</source>
        <translation>Alleen significante clusters (willekeurige toewijzing van labels)</translation>
    </message>
    <message>
        <location filename="../../algorithms/clusters.py" line="45" />
        <source>Keep only the cluster establishments whose D-score is also significant by random labelling within the benchmark population together with the sector (Benjamini–Hochberg, α = 0.05); adds d_p.</source>
        <translation>Behoud alleen de clustervestigingen waarvan de D-score ook significant is bij willekeurige toewijzing van labels binnen de benchmarkpopulatie samen met de sector (Benjamini–Hochberg, α = 0.05); voegt d_p toe.</translation>
    </message>
</context>
<context>
    <name>DScoreAlgorithm</name>
    <message>
        <location filename="../../algorithms/dscore.py" line="21" />
        <source>Cluster index (D-score)</source>
        <translation>Clusterindex (D-score)</translation>
    </message>
    <message>
        <location filename="../../algorithms/dscore.py" line="22" />
        <source>cluster,clustering,d-score,concentration,establishments,firms,sector,SBI,NACE,PBL,CBS,Scholl,Brenner,inverse distance</source>
        <translation>clusterindex,cluster,clustering,clustervorming,d-score,concentratie,ruimtelijke concentratie,agglomeratie,vestigingen,bedrijven,sector,SBI,NACE,PBL,CBS,Scholl,Brenner,inverse afstand,afstand,inverse distance</translation>
    </message>
    <message>
        <location filename="../../algorithms/dscore.py" line="28" />
        <source>Sector field (empty: one population)</source>
        <translation>Sectorveld (leeg: één populatie)</translation>
    </message>
    <message>
        <location filename="../../algorithms/dscore.py" line="28" />
        <source>Scores are computed within each distinct value of this field (an SBI code, a division, a sector you made). Empty: the whole layer is one population.</source>
        <translation>Scores worden berekend binnen elke afzonderlijke waarde van dit veld (een SBI-code, een afdeling, een eigen sector). Leeg: de hele laag is één populatie.</translation>
    </message>
    <message>
        <location filename="../../algorithms/dscore.py" line="35" />
        <source>D-scores</source>
        <translation>D-scores</translation>
    </message>
    <message>
        <location filename="../../algorithms/dscore.py" line="35" />
        <source>Every input feature with d_score, d_bound, d_decile, n_sector and jobs added.</source>
        <translation>Elk invoerobject, met d_score, d_bound, d_decile, n_sector en jobs toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../algorithms/dscore.py" line="58" />
        <source>D-scores ({0})</source>
        <translation>D-scores ({0})</translation>
    </message>
    <message>
        <location filename="../../algorithms/dscore.py" line="58" />
        <source>one population</source>
        <translation>één populatie</translation>
    </message>
    <message>
        <location filename="../../algorithms/dscore.py" line="57" />
        <source>its sector</source>
        <translation>de eigen sector</translation>
    </message>
    <message>
        <location filename="../../algorithms/dscore.py" line="57" />
        <source>the layer</source>
        <translation>de laag</translation>
    </message>
</context>
<context>
    <name>NeighbourhoodsAlgorithm</name>
    <message>
        <location filename="../../algorithms/neighbourhoods.py" line="35" />
        <source>Zoom into neighbourhoods</source>
        <translation>Inzoomen op wijken en buurten</translation>
    </message>
    <message>
        <location filename="../../algorithms/neighbourhoods.py" line="36" />
        <source>wijk,buurt,neighbourhood,district,zoom,count,region,cluster</source>
        <translation>wijk,buurt,wijken,buurten,inzoomen,zoomen,kleine gebieden,tellen,aantal,regio,COROP,COROP-gebied,cluster,vestigingen,neighbourhood,district</translation>
    </message>
    <message>
        <location filename="../../algorithms/neighbourhoods.py" line="40" />
        <source>Region layer (polygons)</source>
        <translation>Regiolaag (polygonen)</translation>
    </message>
    <message>
        <location filename="../../algorithms/neighbourhoods.py" line="40" />
        <source>The layer holding the region to zoom into, e.g. the COROP regions.</source>
        <translation>De laag met de regio waarop u inzoomt, bijv. de COROP-gebieden.</translation>
    </message>
    <message>
        <location filename="../../algorithms/neighbourhoods.py" line="43" />
        <source>Region field</source>
        <translation>Regioveld</translation>
    </message>
    <message>
        <location filename="../../algorithms/neighbourhoods.py" line="43" />
        <source>The field that names the region, e.g. statnaam.</source>
        <translation>Het veld met de naam van de regio, bijv. statnaam.</translation>
    </message>
    <message>
        <location filename="../../algorithms/neighbourhoods.py" line="46" />
        <source>Region value</source>
        <translation>Regiowaarde</translation>
    </message>
    <message>
        <location filename="../../algorithms/neighbourhoods.py" line="46" />
        <source>The region's value in that field, e.g. Zuidoost-Noord-Brabant.</source>
        <translation>De waarde van de regio in dat veld, bijv. Zuidoost-Noord-Brabant.</translation>
    </message>
    <message>
        <location filename="../../algorithms/neighbourhoods.py" line="48" />
        <source>Small areas (wijken or buurten)</source>
        <translation>Kleine gebieden (wijken of buurten)</translation>
    </message>
    <message>
        <location filename="../../algorithms/neighbourhoods.py" line="48" />
        <source>The small areas; those with a point on their surface inside the region are counted.</source>
        <translation>De kleine gebieden; gebieden met een punt op hun oppervlak binnen de regio worden meegeteld.</translation>
    </message>
    <message>
        <location filename="../../algorithms/neighbourhoods.py" line="51" />
        <source>Highlight areas with at least N establishments of the sector</source>
        <translation>Markeer gebieden met minstens N vestigingen van de sector</translation>
    </message>
    <message>
        <location filename="../../algorithms/neighbourhoods.py" line="51" />
        <source>The article uses 14 for brainport in Zuidoost-Noord-Brabant, 225 for creative services in Groot-Amsterdam.</source>
        <translation>Het artikel gebruikt 14 voor brainport in Zuidoost-Noord-Brabant, 225 voor creatieve dienstverlening in Groot-Amsterdam.</translation>
    </message>
    <message>
        <location filename="../../algorithms/neighbourhoods.py" line="57" />
        <source>Neighbourhoods</source>
        <translation>Wijken en buurten</translation>
    </message>
    <message>
        <location filename="../../algorithms/neighbourhoods.py" line="57" />
        <source>The region's small areas with n_sector, jobs_sector, n_total and highlight.</source>
        <translation>De kleine gebieden van de regio met n_sector, jobs_sector, n_total en highlight.</translation>
    </message>
    <message>
        <location filename="../../algorithms/neighbourhoods.py" line="69" />
        <source>{0} small areas lie in region “{1}”.</source>
        <translation>{0} kleine gebieden liggen in regio “{1}”.</translation>
    </message>
    <message>
        <location filename="../../algorithms/neighbourhoods.py" line="73" />
        <source>area</source>
        <translation>gebied</translation>
    </message>
    <message>
        <location filename="../../algorithms/neighbourhoods.py" line="78" />
        <source>{0}: {1} establishments in the region's areas; {2} areas have at least {3}.</source>
        <translation>{0}: {1} vestigingen in de gebieden van de regio; {2} gebieden hebben er minstens {3}.</translation>
    </message>
    <message>
        <location filename="../../algorithms/neighbourhoods.py" line="85" />
        <source>{0} in {1}: areas with at least {2}</source>
        <translation>{0} in {1}: gebieden met minstens {2}</translation>
    </message>
</context>
<context>
    <name>RegionProfileAlgorithm</name>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="52" />
        <source>Regional profile of a sector</source>
        <translation>Regioprofiel van een sector</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="53" />
        <source>location quotient,LQ,specialisation,concentration,mass,region type,bubble chart,COROP,cluster,PBL,CBS</source>
        <translation>locatiequotiënt,locatiequotient,LQ,specialisatie,concentratie,massa,regiotype,regioprofiel,bellendiagram,COROP,COROP-gebied,regio,banen,vestigingen,cluster,clusterindex,D-score,PBL,CBS,location quotient,bubble chart</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="60" />
        <source>LQ basis</source>
        <translation>LQ-basis</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="60" />
        <source>Count establishments (the reports' choice) or jobs in the location quotient.</source>
        <translation>Tel vestigingen (de keuze van de rapporten) of banen in het locatiequotiënt.</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="63" />
        <source>D-score field (empty: computed within the sector)</source>
        <translation>Veld D-score (leeg: berekend binnen de sector)</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="63" />
        <source>D-scores computed before, e.g. by Cluster index (D-score) with this sector as sector field. Empty: computed here within the sector.</source>
        <translation>Eerder berekende D-scores, bijv. met Clusterindex (D-score) met deze sector als sectorveld. Leeg: hier berekend binnen de sector.</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="69" />
        <source>The line that separates clustered from not clustered regions: the benchmark population's mean D computed from the input, published (NL 2011: industry 0.0185, services 0.0257), or entered.</source>
        <translation>De lijn die geclusterde van niet-geclusterde regio's scheidt: de gemiddelde D van de benchmarkpopulatie, berekend uit de invoer, gepubliceerd (NL 2011: industrie 0.0185, diensten 0.0257) of ingevoerd.</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="78" />
        <source>Used when the benchmark mean D is entered; in a model, the mean of Benchmark population and thresholds.</source>
        <translation>Gebruikt als de gemiddelde D van de benchmark wordt ingevoerd; in een model het gemiddelde uit Benchmarkpopulatie en drempelwaarden.</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="93" />
        <source>Regional profile</source>
        <translation>Regioprofiel</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="93" />
        <source>The regions with n_sector, n_total, jobs, jobs_share, lq, mean_d, region_type and type_label.</source>
        <translation>De regio's met n_sector, n_total, jobs, jobs_share, lq, mean_d, region_type en type_label.</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="97" />
        <source>Regional profile table</source>
        <translation>Regioprofiel (tabel)</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="97" />
        <source>The same as a table without geometry (region_id, region_name first).</source>
        <translation>Hetzelfde als tabel zonder geometrie (region_id, region_name eerst).</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="100" />
        <source>Bubble chart (PNG; an SVG is written beside it)</source>
        <translation>Bellendiagram (PNG; met een SVG ernaast)</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="100" />
        <source>PNG files (*.png)</source>
        <translation>PNG-bestanden (*.png)</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="100" />
        <source>The bubble chart: x = LQ, y = mean D, bubble area = sector jobs. An SVG is written beside it.</source>
        <translation>Het bellendiagram: x = LQ, y = gemiddelde D, oppervlak van de bel = banen in de sector. Er wordt een SVG naast geschreven.</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="105" />
        <source>Report (HTML)</source>
        <translation>Rapport (HTML)</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="105" />
        <source>HTML files (*.html)</source>
        <translation>HTML-bestanden (*.html)</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="105" />
        <source>A report with the bubble chart and the table, for printing or sending.</source>
        <translation>Een rapport met het bellendiagram en de tabel, om af te drukken of te versturen.</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="108" />
        <source>Bubble chart (SVG)</source>
        <translation>Bellendiagram (SVG)</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="118" />
        <source>the benchmark mean D</source>
        <translation>de gemiddelde D van de benchmark</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="146" />
        <source>Regional profile: {0}</source>
        <translation>Regioprofiel: {0}</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="69" />
        <source>Benchmark mean D: source</source>
        <translation>Gemiddelde D van de benchmark: bron</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="75" />
        <source>Benchmark mean D, entered (1/km)</source>
        <translation>Gemiddelde D van de benchmark, ingevoerd (1/km)</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="150" />
        <source>Establishments: {0}. Bubble area ∝ sector jobs; LQ basis: {1}; large volume: at least {2:.1f} sector jobs. {3}</source>
        <translation>Vestigingen: {0}. Oppervlak van de bel ∝ banen in de sector; LQ-basis: {1}; groot volume: minstens {2:.1f} banen in de sector. {3}</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="81" />
        <source>Bubble chart's y axis</source>
        <translation>Y-as van het bellendiagram</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="81" />
        <source>Mean D-score (concentration)</source>
        <translation>Gemiddelde D-score (concentratie)</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="81" />
        <source>Mean d_ratio: D against random labelling within the benchmark population</source>
        <translation>Gemiddelde d_ratio: D ten opzichte van willekeurige toewijzing van labels binnen de benchmarkpopulatie</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="81" />
        <source>The mean d_ratio (D / D expected when the sector's labels are drawn at random from the benchmark population and the sector; see Significance of the D-score) is added as mean_d_ratio and drawn with its line at 1. Region types stay those of the mean D.</source>
        <translation>De gemiddelde d_ratio (D / verwachte D als de labels van de sector willekeurig worden getrokken uit de benchmarkpopulatie en de sector; zie Significantie van de D-score) wordt toegevoegd als mean_d_ratio en getekend met een lijn bij 1. De regiotypen blijven die van de gemiddelde D.</translation>
    </message>
</context>
<context>
    <name>SectorProfilesAlgorithm</name>
    <message>
        <location filename="../../algorithms/sectorprofiles.py" line="33" />
        <source>Regional profiles of all sectors</source>
        <translation>Regioprofielen van alle sectoren</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorprofiles.py" line="34" />
        <source>whole economy,all sectors,appendix 3,top sectors,landsdeel,province,location quotient,LQ,specialisation,concentration,region type,COROP,PBL,CBS</source>
        <translation>hele economie,alle sectoren,bijlage 3,topsectoren,topsector,landsdeel,provincie,locatiequotiënt,LQ,specialisatie,concentratie,regiotype,regioprofiel,COROP,COROP-gebied,PBL,CBS,whole economy,location quotient</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorprofiles.py" line="41" />
        <source>Sectors (names in the sector definitions, separated by ;)</source>
        <translation>Sectoren (namen in de sectordefinities, gescheiden door ;)</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorprofiles.py" line="41" />
        <source>Empty: every sector of the definitions except the two benchmarks.</source>
        <translation>Leeg: elke sector uit de definities behalve de twee benchmarks.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorprofiles.py" line="44" />
        <source>Sector field (every value a sector; instead of the definitions)</source>
        <translation>Sectorveld (elke waarde een sector; in plaats van de definities)</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorprofiles.py" line="44" />
        <source>For example an A10 field: every distinct value is a sector of its own.</source>
        <translation>Bijvoorbeeld een A10-veld: elke afzonderlijke waarde is een eigen sector.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorprofiles.py" line="50" />
        <source>Parent region field (province, landsdeel) for table 2</source>
        <translation>Veld bovenliggende regio (provincie, landsdeel) voor tabel 2</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorprofiles.py" line="50" />
        <source>A field of the regions naming the larger region they belong to, e.g. landsdeel in the bundled COROP layer.</source>
        <translation>Een veld van de regio's met de naam van de grotere regio waartoe ze behoren, bijv. landsdeel in de meegeleverde COROP-laag.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorprofiles.py" line="55" />
        <source>LQ basis</source>
        <translation>LQ-basis</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorprofiles.py" line="55" />
        <source>Count establishments (the reports' choice) or jobs in the location quotient.</source>
        <translation>Tel vestigingen (de keuze van de rapporten) of banen in het locatiequotiënt.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorprofiles.py" line="58" />
        <source>D-score field (empty: computed within each sector)</source>
        <translation>Veld D-score (leeg: berekend binnen elke sector)</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorprofiles.py" line="58" />
        <source>Only for sectors that do not overlap (a sector field), with D-scores computed within them.</source>
        <translation>Alleen voor sectoren die elkaar niet overlappen (een sectorveld), met D-scores die daarbinnen zijn berekend.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorprofiles.py" line="71" />
        <source>Benchmark means D</source>
        <translation>Gemiddelden D van de benchmarks</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorprofiles.py" line="71" />
        <source>The lines between clustered and not clustered: both benchmark populations' mean D computed from the input, published (NL 2011: industry 0.0185, services 0.0257), or entered.</source>
        <translation>De grenzen tussen geclusterd en niet geclusterd: de gemiddelde D van beide benchmarkpopulaties, berekend uit de invoer, gepubliceerd (NL 2011: industrie 0.0185, diensten 0.0257) of ingevoerd.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorprofiles.py" line="76" />
        <source>Benchmark mean D, industry (1/km)</source>
        <translation>Gemiddelde D van de benchmark, industrie (1/km)</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorprofiles.py" line="76" />
        <source>Benchmark mean D, services (1/km)</source>
        <translation>Gemiddelde D van de benchmark, diensten (1/km)</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorprofiles.py" line="80" />
        <source>Used when the benchmark means are entered.</source>
        <translation>Gebruikt als de gemiddelden van de benchmarks worden ingevoerd.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorprofiles.py" line="81" />
        <source>Figure 1 (SVG)</source>
        <translation>Figuur 1 (SVG)</translation>
    </message>
</context>
<context>
    <name>SectorSummaryAlgorithm</name>
    <message>
        <location filename="../../algorithms/sectorsummary.py" line="25" />
        <source>Sector summary (D-score per sector)</source>
        <translation>Sectoroverzicht (D-score per sector)</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorsummary.py" line="26" />
        <source>sector,summary,appendix 2,mean,median,benchmark,concentration</source>
        <translation>sector,sectoroverzicht,overzicht,samenvatting,bijlage 2,gemiddelde,mediaan,benchmark,concentratie,topsector,topsectoren,vestigingen,clusterindex,d-score,SBI,PBL,CBS</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorsummary.py" line="41" />
        <source>Sector summary</source>
        <translation>Sectoroverzicht</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorsummary.py" line="41" />
        <source>One row per sector and benchmark: n, mean_d, median_d, max_d, p90, p95 and the comparison with its benchmark.</source>
        <translation>Eén rij per sector en benchmark: n, mean_d, median_d, max_d, p90, p95 en de vergelijking met de benchmark.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorsummary.py" line="45" />
        <source>Sector summary (HTML)</source>
        <translation>Sectoroverzicht (HTML)</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorsummary.py" line="45" />
        <source>HTML files (*.html)</source>
        <translation>HTML-bestanden (*.html)</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorsummary.py" line="45" />
        <source>The same table as a web page.</source>
        <translation>Dezelfde tabel als webpagina.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorsummary.py" line="34" />
        <source>Sector-level significance test (Monte Carlo random labelling)</source>
        <translation>Significantietoets op sectorniveau (Monte Carlo, willekeurige toewijzing van labels)</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorsummary.py" line="34" />
        <source>Each sector's mean D against the mean D of random sets of as many establishments of its benchmark population together with the sector: the p-value mean_d_p. Takes about as many D-score computations of each sector as there are draws.</source>
        <translation>De gemiddelde D van elke sector tegen de gemiddelde D van willekeurige verzamelingen van evenveel vestigingen uit de benchmarkpopulatie samen met de sector: de p-waarde mean_d_p. Kost per sector ongeveer zoveel D-scoreberekeningen als er trekkingen zijn.</translation>
    </message>
</context>
<context>
    <name>SignificanceAlgorithm</name>
    <message>
        <location filename="../../algorithms/significance.py" line="20" />
        <source>Significance of the D-score</source>
        <translation>Significantie van de D-score</translation>
    </message>
    <message>
        <location filename="../../algorithms/significance.py" line="21" />
        <source>significance,p-value,z-score,random labelling,Monte Carlo,null hypothesis,Benjamini-Hochberg,false discovery rate,cluster,d-score,Scholl,Brenner</source>
        <translation>significantie,significant,p-waarde,z-score,willekeurige toewijzing van labels,random labelling,Monte Carlo,nulhypothese,Benjamini-Hochberg,false discovery rate,FDR,controlepopulatie,cluster,clusterindex,d-score,vestigingen,Scholl,Brenner,significance,p-value</translation>
    </message>
    <message>
        <location filename="../../algorithms/significance.py" line="32" />
        <source>Significance</source>
        <translation>Significantie</translation>
    </message>
    <message>
        <location filename="../../algorithms/significance.py" line="32" />
        <source>Every input feature with d_score, d_expected, d_sd, d_ratio, d_z, d_p, d_class, n_sector, n_control and jobs (NULL outside the sector).</source>
        <translation>Elk invoerobject met d_score, d_expected, d_sd, d_ratio, d_z, d_p, d_class, n_sector, n_control en jobs (NULL buiten de sector).</translation>
    </message>
    <message>
        <location filename="../../algorithms/significance.py" line="54" />
        <source>Significant (Benjamini–Hochberg, α = {0:g}): more clustered than random labelling ({1})</source>
        <translation>Significant (Benjamini–Hochberg, α = {0:g}): meer geclusterd dan bij willekeurige toewijzing van labels ({1})</translation>
    </message>
    <message>
        <location filename="../../algorithms/significance.py" line="56" />
        <source>Not significant ({0})</source>
        <translation>Niet significant ({0})</translation>
    </message>
    <message>
        <location filename="../../algorithms/significance.py" line="57" />
        <source>Not tested (outside the sector, or undefined)</source>
        <translation>Niet getoetst (buiten de sector, of niet gedefinieerd)</translation>
    </message>
    <message>
        <location filename="../../algorithms/significance.py" line="58" />
        <source>Significance: {0}</source>
        <translation>Significantie: {0}</translation>
    </message>
</context>
<context>
    <name>SizeClassesAlgorithm</name>
    <message>
        <location filename="../../algorithms/sizeclasses.py" line="41" />
        <source>Size classes per region</source>
        <translation>Grootteklassen per regio</translation>
    </message>
    <message>
        <location filename="../../algorithms/sizeclasses.py" line="30" />
        <source>size class,jobs,working persons,small firms,hub and spoke,region,cluster</source>
        <translation>grootteklasse,grootteklassen,bedrijfsgrootte,banen,werkzame personen,kleine bedrijven,mkb,zzp,hub and spoke,regio,cluster,vestigingen,size class</translation>
    </message>
    <message>
        <location filename="../../algorithms/sizeclasses.py" line="37" />
        <source>Class bounds (jobs, separated by commas)</source>
        <translation>Klassegrenzen (banen, gescheiden door komma's)</translation>
    </message>
    <message>
        <location filename="../../algorithms/sizeclasses.py" line="37" />
        <source>“5, 50” makes the classes &lt; 5, 5 – &lt; 50 and ≥ 50 jobs; a bound belongs to the class above it.</source>
        <translation>“5, 50” geeft de klassen &lt; 5, 5 – &lt; 50 en ≥ 50 banen; een grens hoort bij de klasse erboven.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sizeclasses.py" line="41" />
        <source>Per region: establishments, shares and jobs per size class.</source>
        <translation>Per regio: vestigingen, aandelen en banen per grootteklasse.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sizeclasses.py" line="44" />
        <source>Size-class chart (PNG; an SVG is written beside it)</source>
        <translation>Grafiek grootteklassen (PNG; met een SVG ernaast)</translation>
    </message>
    <message>
        <location filename="../../algorithms/sizeclasses.py" line="44" />
        <source>PNG files (*.png)</source>
        <translation>PNG-bestanden (*.png)</translation>
    </message>
    <message>
        <location filename="../../algorithms/sizeclasses.py" line="44" />
        <source>The shares per size class of the 40 regions with most establishments. An SVG is written beside it.</source>
        <translation>De aandelen per grootteklasse van de 40 regio's met de meeste vestigingen. Er wordt een SVG naast geschreven.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sizeclasses.py" line="49" />
        <source>Report (HTML)</source>
        <translation>Rapport (HTML)</translation>
    </message>
    <message>
        <location filename="../../algorithms/sizeclasses.py" line="49" />
        <source>HTML files (*.html)</source>
        <translation>HTML-bestanden (*.html)</translation>
    </message>
    <message>
        <location filename="../../algorithms/sizeclasses.py" line="49" />
        <source>A report with the chart and the table.</source>
        <translation>Een rapport met de grafiek en de tabel.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sizeclasses.py" line="52" />
        <source>Size-class chart (SVG)</source>
        <translation>Grafiek grootteklassen (SVG)</translation>
    </message>
    <message>
        <location filename="../../algorithms/sizeclasses.py" line="65" />
        <source>Class bounds: {0}</source>
        <translation>Klassegrenzen: {0}</translation>
    </message>
    <message>
        <location filename="../../algorithms/sizeclasses.py" line="67" />
        <source>Size classes need the jobs field.</source>
        <translation>Voor grootteklassen is het veld met banen nodig.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sizeclasses.py" line="74" />
        <source>{0}: {1} establishments.</source>
        <translation>{0}: {1} vestigingen.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sizeclasses.py" line="87" />
        <source>All regions: {0}.</source>
        <translation>Alle regio's: {0}.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sizeclasses.py" line="87" />
        <source>{0} jobs: {1}</source>
        <translation>{0} banen: {1}</translation>
    </message>
    <message>
        <location filename="../../algorithms/sizeclasses.py" line="94" />
        <source>{0}: establishments by size class of jobs</source>
        <translation>{0}: vestigingen naar grootteklasse in banen</translation>
    </message>
    <message>
        <location filename="../../algorithms/sizeclasses.py" line="95" />
        <source>Establishments: {0}. In brackets: number of establishments.</source>
        <translation>Vestigingen: {0}. Tussen haakjes: aantal vestigingen.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sizeclasses.py" line="103" />
        <source>Region id</source>
        <translation>Regio-id</translation>
    </message>
    <message>
        <location filename="../../algorithms/sizeclasses.py" line="103" />
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <location filename="../../algorithms/sizeclasses.py" line="103" />
        <source>Establishments</source>
        <translation>Vestigingen</translation>
    </message>
    <message>
        <location filename="../../algorithms/sizeclasses.py" line="104" />
        <source>{0} jobs</source>
        <translation>{0} banen</translation>
    </message>
</context>
<context>
    <name>StylePostProcessor</name>
    <message>
        <location filename="../../algorithms/styling.py" line="36" />
        <source>Could not apply the style {0}: {1}</source>
        <translation>Kon de stijl {0} niet toepassen: {1}</translation>
    </message>
</context>
<context>
    <name>VarietyAlgorithm</name>
    <message>
        <location filename="../../algorithms/variety.py" line="21" />
        <source>Sector variety per region</source>
        <translation>Sectorvariëteit per regio</translation>
    </message>
    <message>
        <location filename="../../algorithms/variety.py" line="22" />
        <source>variety,related variety,unrelated variety,entropy,diversity,sector mix,Frenken,Jacobs,region,neighbours,growth</source>
        <translation>variëteit,gerelateerde variëteit,ongerelateerde variëteit,totale variëteit,entropie,diversiteit,sectorsamenstelling,sectormix,Frenken,Jacobs,regio,aangrenzende regio's,buren,groei,SBI,related variety,unrelated variety,variety</translation>
    </message>
    <message>
        <location filename="../../algorithms/variety.py" line="32" />
        <source>Variety per region</source>
        <translation>Variëteit per regio</translation>
    </message>
    <message>
        <location filename="../../algorithms/variety.py" line="32" />
        <source>The regions with tv, uv, rv (bits), their means over the neighbouring regions (tv_nb, uv_nb, rv_nb, n_neighbours) and what was counted; styled by related variety.</source>
        <translation>De regio's met tv, uv, rv (bits), hun gemiddelden over de aangrenzende regio's (tv_nb, uv_nb, rv_nb, n_neighbours) en wat er is geteld; opgemaakt naar gerelateerde variëteit.</translation>
    </message>
    <message>
        <location filename="../../algorithms/variety.py" line="36" />
        <source>Variety table</source>
        <translation>Variëteit (tabel)</translation>
    </message>
    <message>
        <location filename="../../algorithms/variety.py" line="36" />
        <source>The same as a table without geometry (region_id, region_name first).</source>
        <translation>Hetzelfde als tabel zonder geometrie (region_id, region_name eerst).</translation>
    </message>
    <message>
        <location filename="../../algorithms/variety.py" line="39" />
        <source>Report (HTML)</source>
        <translation>Rapport (HTML)</translation>
    </message>
    <message>
        <location filename="../../algorithms/variety.py" line="39" />
        <source>HTML files (*.html)</source>
        <translation>HTML-bestanden (*.html)</translation>
    </message>
    <message>
        <location filename="../../algorithms/variety.py" line="39" />
        <source>A report with the table of the regions.</source>
        <translation>Een rapport met de tabel van de regio's.</translation>
    </message>
    <message>
        <location filename="../../algorithms/variety.py" line="51" />
        <source>Shares of jobs, but no jobs field: every establishment counts 1 job.</source>
        <translation>Aandelen van banen, maar geen banenveld: elke vestiging telt als 1 baan.</translation>
    </message>
    <message>
        <location filename="../../algorithms/variety.py" line="56" />
        <source>Variety over {0} regions (bits): total {1:.3f} – {2:.3f}, unrelated {3:.3f} – {4:.3f}, related {5:.3f} – {6:.3f}.</source>
        <translation>Variëteit over {0} regio's (bits): totaal {1:.3f} – {2:.3f}, ongerelateerd {3:.3f} – {4:.3f}, gerelateerd {5:.3f} – {6:.3f}.</translation>
    </message>
    <message>
        <location filename="../../algorithms/variety.py" line="63" />
        <source>Related variety (quintiles)</source>
        <translation>Gerelateerde variëteit (kwintielen)</translation>
    </message>
</context>
<context>
    <name>definitions</name>
    <message>
        <location filename="../../algorithms/definitions.py" line="76" />
        <source>strong</source>
        <translation>sterk</translation>
    </message>
    <message>
        <location filename="../../algorithms/definitions.py" line="77" />
        <source>very strong</source>
        <translation>zeer sterk</translation>
    </message>
    <message>
        <location filename="../../algorithms/definitions.py" line="81" />
        <source>Type 1: clustered, large volume, specialised</source>
        <translation>Type 1: geclusterd, groot volume, gespecialiseerd</translation>
    </message>
    <message>
        <location filename="../../algorithms/definitions.py" line="82" />
        <source>Type 2: clustered, small volume, specialised</source>
        <translation>Type 2: geclusterd, klein volume, gespecialiseerd</translation>
    </message>
    <message>
        <location filename="../../algorithms/definitions.py" line="83" />
        <source>Type 3: clustered, large volume, not specialised</source>
        <translation>Type 3: geclusterd, groot volume, niet gespecialiseerd</translation>
    </message>
    <message>
        <location filename="../../algorithms/definitions.py" line="84" />
        <source>Type 4: clustered, small volume, not specialised</source>
        <translation>Type 4: geclusterd, klein volume, niet gespecialiseerd</translation>
    </message>
    <message>
        <location filename="../../algorithms/definitions.py" line="85" />
        <source>Type 5: specialised, not clustered</source>
        <translation>Type 5: gespecialiseerd, niet geclusterd</translation>
    </message>
    <message>
        <location filename="../../algorithms/definitions.py" line="86" />
        <source>Type 6: neither specialised nor clustered</source>
        <translation>Type 6: niet gespecialiseerd en niet geclusterd</translation>
    </message>
    <message>
        <location filename="../../algorithms/definitions.py" line="97" />
        <source>Fast, certified to the tolerance</source>
        <translation>Snel, gegarandeerd binnen de tolerantie</translation>
    </message>
    <message>
        <location filename="../../algorithms/definitions.py" line="97" />
        <source>Exact (all pairs)</source>
        <translation>Exact (alle paren)</translation>
    </message>
    <message>
        <location filename="../../algorithms/definitions.py" line="106" />
        <source>Industry (SBI 10–32, 383)</source>
        <translation>Industrie (SBI 10–32, 383)</translation>
    </message>
    <message>
        <location filename="../../algorithms/definitions.py" line="106" />
        <source>Services (SBI 09, 33, 58–63, 69–74, 80–82)</source>
        <translation>Diensten (SBI 09, 33, 58–63, 69–74, 80–82)</translation>
    </message>
    <message>
        <location filename="../../algorithms/definitions.py" line="116" />
        <source>As the sector's definition says</source>
        <translation>Volgens de definitie van de sector</translation>
    </message>
    <message>
        <location filename="../../algorithms/definitions.py" line="116" />
        <source>Industry</source>
        <translation>Industrie</translation>
    </message>
    <message>
        <location filename="../../algorithms/definitions.py" line="116" />
        <source>Services</source>
        <translation>Diensten</translation>
    </message>
    <message>
        <location filename="../../algorithms/definitions.py" line="128" />
        <source>Computed from the benchmark population in the input</source>
        <translation>Berekend uit de benchmarkpopulatie in de invoer</translation>
    </message>
    <message>
        <location filename="../../algorithms/definitions.py" line="128" />
        <source>Published, the Netherlands 2011</source>
        <translation>Gepubliceerd, Nederland 2011</translation>
    </message>
    <message>
        <location filename="../../algorithms/definitions.py" line="128" />
        <source>Entered below</source>
        <translation>Hieronder ingevoerd</translation>
    </message>
    <message>
        <location filename="../../algorithms/varieties.py" line="38" />
        <source>Establishments</source>
        <translation>Vestigingen</translation>
    </message>
    <message>
        <location filename="../../algorithms/varieties.py" line="38" />
        <source>Jobs</source>
        <translation>Banen</translation>
    </message>
    <message>
        <location filename="../../algorithms/change.py" line="51" />
        <source>Location quotient at t0</source>
        <translation>Locatiequotiënt in t0</translation>
    </message>
    <message>
        <location filename="../../algorithms/change.py" line="51" />
        <source>Mean D-score at t0</source>
        <translation>Gemiddelde D-score in t0</translation>
    </message>
    <message>
        <location filename="../../algorithms/profiling.py" line="23" />
        <source>Median of the regions (or the number below when given)</source>
        <translation>Mediaan van de regio's (of het aantal hieronder, indien opgegeven)</translation>
    </message>
    <message>
        <location filename="../../algorithms/profiling.py" line="23" />
        <source>Sector jobs: the number below</source>
        <translation>Banen in de sector: het aantal hieronder</translation>
    </message>
    <message>
        <location filename="../../algorithms/profiling.py" line="23" />
        <source>Share of the sector's national jobs: the percentage below</source>
        <translation>Aandeel in de landelijke banen van de sector: het percentage hieronder</translation>
    </message>
    <message>
        <location filename="../../algorithms/varieties.py" line="29" />
        <source>5 digits (SBI subclass); 4 when most codes have no 5 digits</source>
        <translation>5 cijfers (SBI-subklasse); 4 als de meeste codes geen 5 cijfers hebben</translation>
    </message>
    <message>
        <location filename="../../algorithms/varieties.py" line="29" />
        <source>5 digits (SBI subclass)</source>
        <translation>5 cijfers (SBI-subklasse)</translation>
    </message>
    <message>
        <location filename="../../algorithms/varieties.py" line="29" />
        <source>4 digits (class)</source>
        <translation>4 cijfers (klasse)</translation>
    </message>
    <message>
        <location filename="../../algorithms/varieties.py" line="34" />
        <source>3 digits (group)</source>
        <translation>3 cijfers (groep)</translation>
    </message>
    <message>
        <location filename="../../algorithms/varieties.py" line="34" />
        <source>2 digits (division)</source>
        <translation>2 cijfers (afdeling)</translation>
    </message>
    <message>
        <location filename="../../algorithms/varieties.py" line="34" />
        <source>Section (letter)</source>
        <translation>Sectie (letter)</translation>
    </message>
    <message>
        <location filename="../../algorithms/randomlabelling.py" line="49" />
        <source>The sector's benchmark population, with the sector</source>
        <translation>De benchmarkpopulatie van de sector, met de sector</translation>
    </message>
    <message>
        <location filename="../../algorithms/randomlabelling.py" line="49" />
        <source>The whole layer</source>
        <translation>De hele laag</translation>
    </message>
    <message>
        <location filename="../../algorithms/randomlabelling.py" line="49" />
        <source>The establishments of the control expression, with the sector</source>
        <translation>De vestigingen van de controle-expressie, met de sector</translation>
    </message>
    <message>
        <location filename="../../algorithms/randomlabelling.py" line="52" />
        <source>Automatic: for sectors smaller than the size below</source>
        <translation>Automatisch: voor sectoren kleiner dan de omvang hieronder</translation>
    </message>
    <message>
        <location filename="../../algorithms/randomlabelling.py" line="52" />
        <source>Always</source>
        <translation>Altijd</translation>
    </message>
    <message>
        <location filename="../../algorithms/randomlabelling.py" line="52" />
        <source>Never (normal approximation)</source>
        <translation>Nooit (normale benadering)</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location filename="../help.py" line="15" />
        <source>&lt;p&gt;&lt;b&gt;Method&lt;/b&gt;: PBL/CBS, Raspe, Weterings, Geurden-Slis &amp;amp; Van Gessel-Dabekaussen (2012), &lt;i&gt;De ratio van ruimtelijk-economisch topsectorenbeleid&lt;/i&gt;, appendix 1; Sorenson &amp;amp; Audia (2000); Scholl &amp;amp; Brenner (2011).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Methode&lt;/b&gt;: PBL/CBS, Raspe, Weterings, Geurden-Slis &amp;amp; Van Gessel-Dabekaussen (2012), &lt;i&gt;De ratio van ruimtelijk-economisch topsectorenbeleid&lt;/i&gt;, bijlage 1; Sorenson &amp;amp; Audia (2000); Scholl &amp;amp; Brenner (2011).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="18" />
        <source>The cluster index (D-score) of every establishment: the mean inverse distance to the other establishments of its sector.</source>
        <translation>De clusterindex (D-score) van elke vestiging: de gemiddelde inverse afstand tot de andere vestigingen van dezelfde sector.</translation>
    </message>
    <message>
        <location filename="../help.py" line="19" />
        <source>D-scores within a benchmark population (industry or services) and its thresholds P90 and P95.</source>
        <translation>D-scores binnen een benchmarkpopulatie (industrie of diensten) en de bijbehorende drempelwaarden P90 en P95.</translation>
    </message>
    <message>
        <location filename="../help.py" line="20" />
        <source>The establishments of a sector in strong (above P90) and very strong (above P95) clusters.</source>
        <translation>De vestigingen van een sector in sterke (boven P90) en zeer sterke (boven P95) clusters.</translation>
    </message>
    <message>
        <location filename="../help.py" line="21" />
        <source>Every defined sector and both benchmarks: number of establishments and mean, median and maximum D-score.</source>
        <translation>Alle gedefinieerde sectoren en beide benchmarks: aantal vestigingen en gemiddelde, mediaan en maximum van de D-score.</translation>
    </message>
    <message>
        <location filename="../help.py" line="22" />
        <source>Per region: specialisation (LQ), concentration (mean D-score), jobs and region type of a sector; bubble chart.</source>
        <translation>Per regio: specialisatie (LQ), concentratie (gemiddelde D-score), banen en regiotype van een sector; bellendiagram.</translation>
    </message>
    <message>
        <location filename="../help.py" line="23" />
        <source>Establishments per region and size class of jobs: many small firms or a few large ones.</source>
        <translation>Vestigingen per regio en grootteklasse naar banen: veel kleine bedrijven of enkele grote.</translation>
    </message>
    <message>
        <location filename="../help.py" line="24" />
        <source>Within one region, the sector's establishments per wijk or buurt, highlighting areas with at least N.</source>
        <translation>Binnen één regio de vestigingen van de sector per wijk of buurt; gebieden met ten minste N worden gemarkeerd.</translation>
    </message>
    <message>
        <location filename="../help.py" line="31" />
        <source>&lt;p&gt;Computes the cluster index (“D-score”) of every establishment: the mean inverse distance, in 1/km, to all other establishments of the same sector.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Berekent de clusterindex (“D-score”) van elke vestiging: de gemiddelde inverse afstand, in 1/km, tot alle andere vestigingen van dezelfde sector.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="31" />
        <source>&lt;p&gt;&lt;code&gt;D = 1/(J−1) · Σ 1 / max(d, d0)&lt;/code&gt;, summed over the J−1 other establishments of the sector, with d in kilometres and d0 the distance floor (1 km in the reports: firms on the same estate or postcode would otherwise dominate). Typical Dutch values lie between 0.015 and 0.05; a score of 0.05 means the sector's firms lie on average at a harmonic distance of 20 km.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;code&gt;D = 1/(J−1) · Σ 1 / max(d, d0)&lt;/code&gt;, gesommeerd over de J−1 andere vestigingen van de sector, met d in kilometers en d0 de drempelafstand (1 km in de rapporten: anders zouden bedrijven op hetzelfde bedrijventerrein of met dezelfde postcode de uitkomst domineren). Gangbare Nederlandse waarden liggen tussen 0.015 en 0.05; een score van 0.05 betekent dat de bedrijven van de sector gemiddeld op een harmonische afstand van 20 km van elkaar liggen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="31" />
        <source>&lt;h3&gt;Parameters&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Parameters&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="31" />
        <source>&lt;p&gt;&lt;b&gt;Establishments&lt;/b&gt;: a point layer, one point per establishment.&lt;br&gt;&lt;b&gt;Sector field&lt;/b&gt; (optional): scores are computed within each distinct value (for example a 4-digit SBI code, or a field you made for your sector). Empty: the whole layer is one population. NULL or blank sector: the score is NULL.&lt;br&gt;&lt;b&gt;Jobs field&lt;/b&gt; (optional): jobs or working persons; NULL, negative or unreadable values count as 1 (mostly self-employed). Jobs do not change the score; they size the symbols and are copied to the output.&lt;br&gt;&lt;b&gt;Distance floor&lt;/b&gt;: d0 in metres (default 1000), always in metres whatever the layer's CRS.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Vestigingen&lt;/b&gt;: een puntlaag, één punt per vestiging.&lt;br&gt;&lt;b&gt;Sectorveld&lt;/b&gt; (optioneel): de scores worden binnen elke afzonderlijke waarde berekend (bijvoorbeeld een 4-cijferige SBI-code, of een veld dat u voor uw sector hebt aangemaakt). Leeg: de hele laag is één populatie. Sector NULL of leeg: de score is NULL.&lt;br&gt;&lt;b&gt;Banenveld&lt;/b&gt; (optioneel): banen of werkzame personen; NULL, negatieve of onleesbare waarden tellen als 1 (meestal zzp'ers). Banen veranderen de score niet; ze bepalen de grootte van de symbolen en worden naar de uitvoer gekopieerd.&lt;br&gt;&lt;b&gt;Drempelafstand&lt;/b&gt;: d0 in meters (standaard 1000), altijd in meters, ongeacht het CRS van de laag.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="31" />
        <source>&lt;h3&gt;Output&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Uitvoer&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="31" />
        <source>&lt;p&gt;Every input feature with all its attributes, plus &lt;code&gt;d_score&lt;/code&gt;, &lt;code&gt;d_bound&lt;/code&gt; (the certified bound on the relative error of d_score: 0 when computed exactly), &lt;code&gt;d_decile&lt;/code&gt; (1–10 within the sector: 1 + ⌊10 × share of the sector's scores that are lower⌋, so equal scores share a decile), &lt;code&gt;n_sector&lt;/code&gt; (J, the sector's establishments with a location) and &lt;code&gt;jobs&lt;/code&gt; (the value used). An input field with one of these names is replaced. Styled by decile, green (low) to red (high), symbol area proportional to jobs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Elk invoerobject met al zijn attributen, plus &lt;code&gt;d_score&lt;/code&gt;, &lt;code&gt;d_bound&lt;/code&gt; (de gegarandeerde bovengrens van de relatieve fout in d_score: 0 bij exacte berekening), &lt;code&gt;d_decile&lt;/code&gt; (1–10 binnen de sector: 1 + ⌊10 × aandeel van de scores in de sector dat lager is⌋, zodat gelijke scores in hetzelfde deciel vallen), &lt;code&gt;n_sector&lt;/code&gt; (J, de vestigingen van de sector met een locatie) en &lt;code&gt;jobs&lt;/code&gt; (de gebruikte waarde). Een invoerveld met een van deze namen wordt vervangen. Opmaak naar deciel, van groen (laag) tot rood (hoog), symbooloppervlak evenredig met het aantal banen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="31" />
        <source>&lt;p&gt;&lt;b&gt;NULL scores&lt;/b&gt;: features without a geometry, without a sector, or alone in their sector (J = 1: the index is undefined). They are kept and counted in the log. A multi-point with several parts counts as one establishment at the mean of its parts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;NULL-scores&lt;/b&gt;: objecten zonder geometrie, zonder sector of als enige in hun sector (J = 1: de index is niet gedefinieerd). Ze blijven behouden en worden in het log geteld. Een multipunt met meerdere delen telt als één vestiging op de gemiddelde positie van zijn delen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="31" />
        <source>&lt;p&gt;&lt;b&gt;Distances&lt;/b&gt;: projected layers use straight-line distance in their plane (the reports use RD New, EPSG:28992); layers in a geographic CRS use great-circle distance (as Scholl &amp;amp; Brenner 2011) — degrees are never taken for metres. Establishments sharing a coordinate are at distance 0, floored to d0.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Afstanden&lt;/b&gt;: geprojecteerde lagen gebruiken de hemelsbrede afstand in hun vlak (de rapporten gebruiken RD New, EPSG:28992); lagen in een geografisch CRS gebruiken de grootcirkelafstand (zoals Scholl &amp;amp; Brenner 2011) — graden worden nooit als meters opgevat. Vestigingen met dezelfde coördinaat liggen op afstand 0, die tot d0 wordt opgehoogd.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="31" />
        <source>&lt;p&gt;&lt;b&gt;Method&lt;/b&gt;: &lt;i&gt;fast&lt;/i&gt; (default) or &lt;i&gt;exact&lt;/i&gt;. Exact sums every pair in float64; its cost grows with the square of the number of distinct locations. The fast method (projected layers, sectors of at least 12,000 distinct locations; others are exact) sums pairs within about 3 km exactly — within d0 the kernel is exactly 1/d0 — and expands the far field in a Taylor series evaluated by FFT, with a rigorous (Legendre) bound on the truncation and rounding error of every establishment. Where that bound exceeds the &lt;b&gt;tolerance&lt;/b&gt; (default 1e-5 relative, far below the four digits the reports publish) the score is computed exactly: no value is ever uncertified.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Methode&lt;/b&gt;: &lt;i&gt;snel&lt;/i&gt; (standaard) of &lt;i&gt;exact&lt;/i&gt;. De exacte methode sommeert elk paar in float64; de rekentijd groeit met het kwadraat van het aantal verschillende locaties. De snelle methode (geprojecteerde lagen, sectoren met ten minste 12 000 verschillende locaties; de overige worden exact berekend) sommeert paren binnen ongeveer 3 km exact — binnen d0 is de kernfunctie precies 1/d0 — en ontwikkelt het verre veld in een Taylorreeks die met FFT wordt geëvalueerd, met een strikte (Legendre-)grens voor de afbreek- en afrondingsfout van elke vestiging. Waar die grens de &lt;b&gt;tolerantie&lt;/b&gt; overschrijdt (standaard 1e-5 relatief, ver onder de vier cijfers die de rapporten publiceren), wordt de score exact berekend: elke waarde heeft een gegarandeerde foutgrens.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="42" />
        <source>&lt;p&gt;Computes the D-score of every establishment of a &lt;b&gt;benchmark population&lt;/b&gt;, within that population, and its statistics: N, mean, median, maximum, and the 90th and 95th percentiles that mark strong and very strong clusters.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Berekent de D-score van elke vestiging van een &lt;b&gt;benchmarkpopulatie&lt;/b&gt;, binnen die populatie, en de statistieken ervan: N, gemiddelde, mediaan, maximum en het 90e en 95e percentiel, die de grens van sterke en zeer sterke clusters markeren.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="42" />
        <source>&lt;p&gt;&lt;b&gt;Industry benchmark&lt;/b&gt;: SBI 10–32 and 383. &lt;b&gt;Services benchmark&lt;/b&gt;: SBI 09, 33, 58–63, 69, 70–74, 80–82 (consumer services, utilities, government, education and trade follow population and are left out). Definitions come from the sector definitions file (sectors “Benchmark industry” and “Benchmark services”).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Benchmark industrie&lt;/b&gt;: SBI 10–32 en 383. &lt;b&gt;Benchmark diensten&lt;/b&gt;: SBI 09, 33, 58–63, 69, 70–74, 80–82 (consumentendiensten, nutsbedrijven, overheid, onderwijs en handel volgen de bevolking en blijven buiten beschouwing). De definities komen uit het bestand met sectordefinities (sectoren “Benchmark industry” en “Benchmark services”).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="42" />
        <source>&lt;p&gt;&lt;b&gt;SBI codes&lt;/b&gt; are read as they come: 4711, 47.11, 47110, 0113, 01.13, 113 (a a leading zero lost: 0113; but 383 is group 38.3, as no class 0383 exists), G4711, numbers stored as integers or reals. Unreadable codes are in no sector and counted in the log.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;SBI-codes&lt;/b&gt; worden gelezen zoals ze zijn aangeleverd: 4711, 47.11, 47110, 0113, 01.13, 113 (een weggevallen voorloopnul: 0113; maar 383 is groep 38.3, omdat er geen klasse 0383 bestaat), G4711, en getallen die als geheel of decimaal getal zijn opgeslagen. Onleesbare codes vallen in geen enkele sector en worden in het log geteld.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="42" />
        <source>&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: the benchmark's establishments with &lt;code&gt;d_score&lt;/code&gt;, &lt;code&gt;d_decile&lt;/code&gt; and &lt;code&gt;cluster&lt;/code&gt; (strong: D above P90; very strong: above P95; percentiles by linear interpolation); and a one-row table (n, mean_d, median_d, max_d, p90, p95). Establishments outside the benchmark are not in the output (the log counts them). Published values for the Netherlands 2011: industry P90 0.0203 / P95 0.0269, services 0.0403 / 0.0579 (1/km).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Uitvoer&lt;/b&gt;: de vestigingen van de benchmark met &lt;code&gt;d_score&lt;/code&gt;, &lt;code&gt;d_decile&lt;/code&gt; en &lt;code&gt;cluster&lt;/code&gt; (sterk: D boven P90; zeer sterk: boven P95; percentielen door lineaire interpolatie); en een tabel van één rij (n, mean_d, median_d, max_d, p90, p95). Vestigingen buiten de benchmark komen niet in de uitvoer (het log telt ze). Gepubliceerde waarden voor Nederland 2011: industrie P90 0.0203 / P95 0.0269, diensten 0.0403 / 0.0579 (1/km).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="48" />
        <source>&lt;p&gt;Finds the establishments of a sector that lie in &lt;b&gt;strong&lt;/b&gt; clusters (D-score above the benchmark's 90th percentile) or &lt;b&gt;very strong&lt;/b&gt; clusters (above the 95th), as on the cluster maps of PBL/CBS.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Zoekt de vestigingen van een sector die in &lt;b&gt;sterke&lt;/b&gt; clusters (D-score boven het 90e percentiel van de benchmark) of &lt;b&gt;zeer sterke&lt;/b&gt; clusters (boven het 95e) liggen, zoals op de clusterkaarten van PBL/CBS.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="48" />
        <source>&lt;p&gt;&lt;b&gt;Sector&lt;/b&gt;: a sector name from the sector definitions (default file: the two benchmarks, brainport SBI 26–29 and the top sectors, those marked approximate where official lists add firms), or a &lt;b&gt;sector expression&lt;/b&gt; (for example &lt;code&gt;"sbi" LIKE '62%'&lt;/code&gt;) which then takes precedence. The sector's D-scores are computed within the sector.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Sector&lt;/b&gt;: een sectornaam uit de sectordefinities (standaardbestand: de twee benchmarks, brainportactiviteiten SBI 26–29 en de topsectoren, als benadering gemarkeerd waar officiële lijsten bedrijven toevoegen), of een &lt;b&gt;sectorexpressie&lt;/b&gt; (bijvoorbeeld &lt;code&gt;"sbi" LIKE '62%'&lt;/code&gt;), die dan voorrang krijgt. De D-scores van de sector worden binnen de sector berekend.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="48" />
        <source>&lt;p&gt;&lt;b&gt;Benchmark&lt;/b&gt;: as the sector's definition says (industry sectors against the industry benchmark, services against services), or chosen. &lt;b&gt;Thresholds&lt;/b&gt;: computed from the benchmark population in the same input (its D-scores within itself; percentiles by linear interpolation), the published values for the Netherlands 2011 (industry 0.0203 / 0.0269, services 0.0403 / 0.0579 — valid only for national data with d0 = 1 km), or the P90 and P95 entered here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Benchmark&lt;/b&gt;: volgens de definitie van de sector (industriesectoren afgezet tegen de benchmark industrie, dienstensectoren tegen de benchmark diensten), of zelf gekozen. &lt;b&gt;Drempelwaarden&lt;/b&gt;: berekend uit de benchmarkpopulatie in dezelfde invoer (haar D-scores binnen zichzelf; percentielen door lineaire interpolatie), de gepubliceerde waarden voor Nederland 2011 (industrie 0.0203 / 0.0269, diensten 0.0403 / 0.0579 — alleen geldig voor landelijke data met d0 = 1 km), of de hier ingevoerde P90 en P95.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="48" />
        <source>&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: the cluster establishments with &lt;code&gt;d_score&lt;/code&gt; and &lt;code&gt;cluster&lt;/code&gt; (“strong” or “very strong”), styled in two classes; optionally every establishment of the sector with its class (NULL below P90).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Uitvoer&lt;/b&gt;: de clustervestigingen met &lt;code&gt;d_score&lt;/code&gt; en &lt;code&gt;cluster&lt;/code&gt; (“strong”: sterk, of “very strong”: zeer sterk), opgemaakt in twee klassen; optioneel alle vestigingen van de sector met hun klasse (NULL onder P90).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="54" />
        <source>&lt;p&gt;For every sector in the sector definitions and both benchmark populations: the number of establishments and the mean, median and maximum D-score (each sector's scores computed within the sector), the P90 and P95, the benchmark it is read against, and whether it is &lt;b&gt;more or less concentrated&lt;/b&gt; than that benchmark (its mean D above or below the benchmark's) — the table of appendix 2 of PBL/CBS (Raspe et al. 2012).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Voor elke sector in de sectordefinities en beide benchmarkpopulaties: het aantal vestigingen en de gemiddelde, mediane en maximale D-score (de scores van elke sector binnen de sector berekend), P90 en P95, de benchmark waartegen de sector wordt afgezet, en of de sector &lt;b&gt;meer of minder geconcentreerd&lt;/b&gt; is dan die benchmark (gemiddelde D boven of onder die van de benchmark) — de tabel uit bijlage 2 van PBL/CBS (Raspe et al. 2012).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="54" />
        <source>&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: a table (save it as CSV, GeoPackage or XLSX) and an HTML page. Sectors without establishments in the input are listed with n = 0. Sectors marked approximate are SBI approximations of official definitions that add firm lists.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Uitvoer&lt;/b&gt;: een tabel (op te slaan als CSV, GeoPackage of XLSX) en een HTML-pagina. Sectoren zonder vestigingen in de invoer worden vermeld met n = 0. Sectoren die als benadering zijn gemarkeerd, zijn SBI-benaderingen van officiële definities die lijsten van bedrijven toevoegen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="58" />
        <source>&lt;p&gt;For one sector, per region: &lt;b&gt;specialisation&lt;/b&gt; — the location quotient LQ = (E(s,r)/E(r)) / (E(s)/E) —, &lt;b&gt;concentration&lt;/b&gt; — the mean D-score of the sector's establishments in the region — and &lt;b&gt;mass&lt;/b&gt; — the sector's jobs in the region; the region types and the bubble chart of the PBL/CBS reports (appendix 3).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Voor één sector, per regio: &lt;b&gt;specialisatie&lt;/b&gt; — het locatiequotiënt LQ = (E(s,r)/E(r)) / (E(s)/E) —, &lt;b&gt;concentratie&lt;/b&gt; — de gemiddelde D-score van de vestigingen van de sector in de regio — en &lt;b&gt;massa&lt;/b&gt; — de banen van de sector in de regio; de regiotypen en het bellendiagram uit de rapporten van PBL/CBS (bijlage 3).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="58" />
        <source>&lt;p&gt;&lt;b&gt;LQ basis&lt;/b&gt;: establishments (the reports' choice: clustering is about many firms, not one big employer) or jobs. E(s) and E, the national totals, are those of the whole input layer, also its establishments outside every region. LQ = 1 is the national average, above 1 the sector is over-represented. Known weaknesses: the LQ depends on the region division (the modifiable areal unit problem) and underrates clusters in large, diverse cities — which is why the D-score exists.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;LQ-basis&lt;/b&gt;: vestigingen (de keuze van de rapporten: clustering gaat om veel bedrijven, niet om één grote werkgever) of banen. E(s) en E, de landelijke totalen, zijn die van de hele invoerlaag, inclusief de vestigingen buiten alle regio's. LQ = 1 is het landelijk gemiddelde; boven 1 is de sector oververtegenwoordigd. Bekende zwakke punten: het LQ hangt af van de regio-indeling (het modifiable areal unit problem) en onderschat clusters in grote, gevarieerde steden — daarom bestaat de D-score.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="75" />
        <source>&lt;p&gt;&lt;b&gt;Sector&lt;/b&gt;, the first of these that is given: a &lt;b&gt;sector expression&lt;/b&gt; (for example &lt;code&gt;"sbi" LIKE '62%'&lt;/code&gt;); a &lt;b&gt;sector field&lt;/b&gt; with the &lt;b&gt;sector value&lt;/b&gt; (for example field &lt;code&gt;a10&lt;/code&gt;, value &lt;code&gt;BE&lt;/code&gt;); a &lt;b&gt;sector name&lt;/b&gt; from the sector definitions, read from the &lt;b&gt;SBI code field&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Sector&lt;/b&gt;, de eerste van de volgende die is opgegeven: een &lt;b&gt;sectorexpressie&lt;/b&gt; (bijvoorbeeld &lt;code&gt;"sbi" LIKE '62%'&lt;/code&gt;); een &lt;b&gt;sectorveld&lt;/b&gt; met de &lt;b&gt;sectorwaarde&lt;/b&gt; (bijvoorbeeld veld &lt;code&gt;a10&lt;/code&gt;, waarde &lt;code&gt;BE&lt;/code&gt;); een &lt;b&gt;sectornaam&lt;/b&gt; uit de sectordefinities, toegepast op het &lt;b&gt;SBI-codeveld&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="58" />
        <source>&lt;p&gt;&lt;b&gt;D-scores&lt;/b&gt;: a field holding them (from &lt;i&gt;Cluster index (D-score)&lt;/i&gt;), or empty: computed here within the sector, with the distance floor. NULL scores are left out of the mean.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;D-scores&lt;/b&gt;: een veld met de scores (uit &lt;i&gt;Clusterindex (D-score)&lt;/i&gt;), of leeg: dan worden ze hier binnen de sector berekend, met de drempelafstand. NULL-scores tellen niet mee in het gemiddelde.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="58" />
        <source>&lt;p&gt;&lt;b&gt;Region types&lt;/b&gt; (top-sector note, table 1), with &lt;i&gt;clustered&lt;/i&gt; = mean D above the benchmark's mean D, &lt;i&gt;specialised&lt;/i&gt; = LQ &gt; 1, &lt;i&gt;large volume&lt;/i&gt; = sector jobs at least the threshold (the reports fix no number; empty: the median of the regions that have the sector): 1 clustered, large, specialised (big bubbles top right); 2 clustered, small, specialised (many small firms); 3 clustered, large, not specialised (big diverse agglomerations); 4 clustered, small, not specialised; 5 specialised, not clustered (often one large firm); 6 neither. NULL where LQ or mean D is undefined. The benchmark mean D is computed from the benchmark population in the input (needs the SBI field), the published value for the Netherlands 2011 (industry 0.0185, services 0.0257; national data, d0 = 1 km only), or entered.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Regiotypen&lt;/b&gt; (topsectorennotitie, tabel 1), met &lt;i&gt;geclusterd&lt;/i&gt; = gemiddelde D boven de gemiddelde D van de benchmark, &lt;i&gt;gespecialiseerd&lt;/i&gt; = LQ &gt; 1, &lt;i&gt;groot volume&lt;/i&gt; = banen in de sector ten minste de drempelwaarde (de rapporten noemen geen getal; leeg: de mediaan van de regio's waar de sector voorkomt): 1 geclusterd, groot, gespecialiseerd (grote bellen rechtsboven); 2 geclusterd, klein, gespecialiseerd (veel kleine bedrijven); 3 geclusterd, groot, niet gespecialiseerd (grote, gevarieerde agglomeraties); 4 geclusterd, klein, niet gespecialiseerd; 5 gespecialiseerd, niet geclusterd (vaak één groot bedrijf); 6 geen van beide. NULL waar LQ of gemiddelde D niet gedefinieerd is. De gemiddelde D van de benchmark wordt berekend uit de benchmarkpopulatie in de invoer (vereist het SBI-veld), is de gepubliceerde waarde voor Nederland 2011 (industrie 0.0185, diensten 0.0257; alleen landelijke data, d0 = 1 km) of wordt ingevoerd.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="68" />
        <source>&lt;p&gt;&lt;b&gt;Regions&lt;/b&gt;: a polygon layer (COROP regions, municipalities, wijken, provinces…) with optional id and name fields, or a region-code field on the establishments. With both, establishments are matched to the polygon whose id equals their code (no spatial test). A point belongs to at most one region: inside a polygon by the even-odd rule (holes and multi-part regions work); on the shared edge of two neighbouring regions it goes to exactly one of them; inside two overlapping regions it goes to the region that comes first in the layer. Points outside every region and points without a location belong to no region; the log counts them, and overlaps. Regions without establishments are kept, with zeros. Region polygons in another CRS than the points are transformed; invalid polygons are repaired (Make valid) for the assignment and counted in the log, and the output keeps them as they were.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Regio's&lt;/b&gt;: een polygoonlaag (COROP-gebieden, gemeenten, wijken, provincies…) met optionele velden voor id en naam, of een regiocodeveld bij de vestigingen. Met beide worden vestigingen gekoppeld aan het polygoon waarvan de id gelijk is aan hun code (zonder ruimtelijke toets). Een punt hoort bij hoogstens één regio: binnen een polygoon volgens de even-oneven-regel (gaten en regio's uit meerdere delen werken); op de gedeelde rand van twee aangrenzende regio's gaat het naar precies één ervan; binnen twee overlappende regio's gaat het naar de regio die als eerste in de laag staat. Punten buiten alle regio's en punten zonder locatie horen bij geen enkele regio; het log telt ze, en ook de overlappingen. Regio's zonder vestigingen blijven behouden, met nullen. Regiopolygonen in een ander CRS dan de punten worden getransformeerd; ongeldige polygonen worden voor de toewijzing gerepareerd (Geldig maken) en in het log geteld; in de uitvoer blijven ze zoals ze waren.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="58" />
        <source>&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: the regions with &lt;code&gt;n_sector&lt;/code&gt;, &lt;code&gt;n_total&lt;/code&gt;, &lt;code&gt;jobs_sector&lt;/code&gt;, &lt;code&gt;jobs_total&lt;/code&gt;, &lt;code&gt;jobs_share&lt;/code&gt; (share of the national sector jobs, 0–1), &lt;code&gt;lq&lt;/code&gt;, &lt;code&gt;mean_d&lt;/code&gt;, &lt;code&gt;n_scored&lt;/code&gt; (establishments in the mean), &lt;code&gt;region_type&lt;/code&gt; and &lt;code&gt;type_label&lt;/code&gt;, styled by type; the same as a table; the bubble chart (x = LQ, y = mean D, area ∝ jobs, lines at LQ = 1 and the benchmark mean) as PNG, with an SVG beside it; and an HTML report with chart and table.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Uitvoer&lt;/b&gt;: de regio's met &lt;code&gt;n_sector&lt;/code&gt;, &lt;code&gt;n_total&lt;/code&gt;, &lt;code&gt;jobs_sector&lt;/code&gt;, &lt;code&gt;jobs_total&lt;/code&gt;, &lt;code&gt;jobs_share&lt;/code&gt; (aandeel in de landelijke banen van de sector, 0–1), &lt;code&gt;lq&lt;/code&gt;, &lt;code&gt;mean_d&lt;/code&gt;, &lt;code&gt;n_scored&lt;/code&gt; (vestigingen in het gemiddelde), &lt;code&gt;region_type&lt;/code&gt; en &lt;code&gt;type_label&lt;/code&gt;, opgemaakt naar type; hetzelfde als tabel; het bellendiagram (x = LQ, y = gemiddelde D, oppervlak ∝ banen, lijnen bij LQ = 1 en bij het benchmarkgemiddelde) als PNG, met een SVG ernaast; en een HTML-rapport met diagram en tabel.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="68" />
        <source>&lt;p&gt;Counts the establishments of a sector (or all establishments, when no sector is given) per region and size class of jobs: clusters of many small firms versus hub-and-spoke clusters around a few large ones (PBL/CBS).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Telt de vestigingen van een sector (of alle vestigingen, als geen sector is opgegeven) per regio en grootteklasse naar banen: clusters van veel kleine bedrijven tegenover hub-and-spoke-clusters rond enkele grote (PBL/CBS).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="68" />
        <source>&lt;p&gt;&lt;b&gt;Class bounds&lt;/b&gt;: jobs values separated by commas; “5, 50” (the default) makes the classes &amp;lt; 5, 5 – &amp;lt; 50 and ≥ 50 jobs; “2, 5, 10, 20, 50, 100” gives CBS-like classes. A bound belongs to the class above it. The jobs field is required; NULL jobs count as 1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Klassengrenzen&lt;/b&gt;: aantallen banen, gescheiden door komma's; “5, 50” (de standaard) geeft de klassen &amp;lt; 5, 5 – &amp;lt; 50 en ≥ 50 banen; “2, 5, 10, 20, 50, 100” geeft klassen zoals die van het CBS. Een grens hoort bij de klasse erboven. Het banenveld is vereist; banen met NULL tellen als 1.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="68" />
        <source>&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: a table with &lt;code&gt;region_id&lt;/code&gt;, &lt;code&gt;region_name&lt;/code&gt;, &lt;code&gt;n_total&lt;/code&gt;, &lt;code&gt;jobs_total&lt;/code&gt; and per class &lt;code&gt;n_…&lt;/code&gt;, &lt;code&gt;share_…&lt;/code&gt; (of the region's establishments, 0–1) and &lt;code&gt;jobs_…&lt;/code&gt;, the class names made from the bounds (&lt;code&gt;lt5&lt;/code&gt;, &lt;code&gt;5_50&lt;/code&gt;, &lt;code&gt;ge50&lt;/code&gt;); a chart of the shares for the 40 regions with most establishments (PNG, with an SVG beside it); an HTML report.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Uitvoer&lt;/b&gt;: een tabel met &lt;code&gt;region_id&lt;/code&gt;, &lt;code&gt;region_name&lt;/code&gt;, &lt;code&gt;n_total&lt;/code&gt;, &lt;code&gt;jobs_total&lt;/code&gt; en per klasse &lt;code&gt;n_…&lt;/code&gt;, &lt;code&gt;share_…&lt;/code&gt; (van de vestigingen in de regio, 0–1) en &lt;code&gt;jobs_…&lt;/code&gt;, met klassennamen afgeleid van de grenzen (&lt;code&gt;lt5&lt;/code&gt;, &lt;code&gt;5_50&lt;/code&gt;, &lt;code&gt;ge50&lt;/code&gt;); een diagram van de aandelen voor de 40 regio's met de meeste vestigingen (PNG, met een SVG ernaast); een HTML-rapport.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="75" />
        <source>&lt;p&gt;Within one chosen region, counts the sector's establishments per small area (wijk or buurt) and highlights the areas with at least N of them — the zoom maps of the PBL/CBS article (≥ 14 for brainport in Zuidoost-Noord-Brabant, ≥ 225 for creative services in Groot-Amsterdam).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Telt binnen één gekozen regio de vestigingen van de sector per klein gebied (wijk of buurt) en markeert de gebieden met ten minste N vestigingen — de inzoomkaarten uit het PBL/CBS-artikel (≥ 14 voor brainportactiviteiten in Zuidoost-Noord-Brabant, ≥ 225 voor creatieve dienstverlening in Groot-Amsterdam).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="75" />
        <source>&lt;p&gt;&lt;b&gt;Region&lt;/b&gt;: the polygon(s) of the region layer whose region field equals the region value (for example field &lt;code&gt;statnaam&lt;/code&gt;, value &lt;code&gt;Zuidoost-Noord-Brabant&lt;/code&gt;; several matching polygons form one region). &lt;b&gt;Small areas&lt;/b&gt;: a polygon layer; an area belongs to the region when a point on its surface lies inside the region. Establishments are assigned to areas as in the other regional algorithms: at most one area each (the first of overlapping areas), invalid polygons repaired, other CRSs transformed; those in the region but in no area are counted in the log.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Regio&lt;/b&gt;: het polygoon of de polygonen van de regiolaag waarvan het regioveld gelijk is aan de regiowaarde (bijvoorbeeld veld &lt;code&gt;statnaam&lt;/code&gt;, waarde &lt;code&gt;Zuidoost-Noord-Brabant&lt;/code&gt;; meerdere overeenkomende polygonen vormen samen één regio). &lt;b&gt;Kleine gebieden&lt;/b&gt;: een polygoonlaag; een gebied hoort bij de regio als een punt op zijn oppervlak binnen de regio ligt. Vestigingen worden aan gebieden toegewezen zoals in de andere regionale algoritmen: elk aan hoogstens één gebied (het eerste van overlappende gebieden), ongeldige polygonen worden gerepareerd, andere CRS'en getransformeerd; vestigingen in de regio die in geen enkel gebied liggen, worden in het log geteld.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="75" />
        <source>&lt;p&gt;&lt;b&gt;Output&lt;/b&gt;: the region's areas with all their fields plus &lt;code&gt;n_sector&lt;/code&gt;, &lt;code&gt;jobs_sector&lt;/code&gt;, &lt;code&gt;n_total&lt;/code&gt; (all establishments) and &lt;code&gt;highlight&lt;/code&gt; (1 when n_sector ≥ N), styled: highlighted areas dark red and labelled with their count.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Uitvoer&lt;/b&gt;: de gebieden van de regio met al hun velden plus &lt;code&gt;n_sector&lt;/code&gt;, &lt;code&gt;jobs_sector&lt;/code&gt;, &lt;code&gt;n_total&lt;/code&gt; (alle vestigingen) en &lt;code&gt;highlight&lt;/code&gt; (1 als n_sector ≥ N), opgemaakt: gemarkeerde gebieden donkerrood en gelabeld met hun aantal.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="25" />
        <source>Every sector in every region in one run: the long table, appendix 3, tables 1 and 2, figure 1 and a report.</source>
        <translation>Elke sector in elke regio in één keer: de lange tabel, bijlage 3, tabel 1 en 2, figuur 1 en een rapport.</translation>
    </message>
    <message>
        <location filename="../help.py" line="26" />
        <source>Growth of a sector per region between two years, shift-share, LQ and mean D at t0 and t1, births, deaths, movers and stayers; portfolio chart.</source>
        <translation>Groei van een sector per regio tussen twee jaren, shift-share-analyse, LQ en gemiddelde D in t0 en t1, oprichtingen, opheffingen, verhuizers en blijvers; portfoliodiagram.</translation>
    </message>
    <message>
        <location filename="../help.py" line="27" />
        <source>Total, related and unrelated variety of the sector mix per region (Frenken, Van Oort &amp; Verburg 2007), and the means over neighbouring regions.</source>
        <translation>Totale, gerelateerde en ongerelateerde variëteit van de sectorsamenstelling per regio (Frenken, Van Oort &amp; Verburg 2007), en de gemiddelden over de aangrenzende regio's.</translation>
    </message>
    <message>
        <location filename="../help.py" line="58" />
        <source>&lt;p&gt;&lt;b&gt;Small numbers and a province's frame&lt;/b&gt;: a region whose sector has fewer establishments than the &lt;b&gt;minimum&lt;/b&gt; (default 10) gets &lt;code&gt;small_n&lt;/code&gt; = 1 and its type label says so; its LQ and type rest on too few firms. &lt;b&gt;Large job volume&lt;/b&gt; can be the median, a number of jobs or a percentage of the sector's national jobs (&lt;code&gt;large_volume&lt;/code&gt; holds the threshold used). For a layer of one province, give the &lt;b&gt;national reference totals&lt;/b&gt; (CSV: &lt;code&gt;sector&lt;/code&gt;, &lt;code&gt;establishments&lt;/code&gt;, &lt;code&gt;jobs&lt;/code&gt;, a row &lt;code&gt;all&lt;/code&gt;) and a published or entered benchmark mean; the log says how many establishments lie within 20 km of the layer's edge, where D-scores miss the firms across the border.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Kleine aantallen en een provincie als kader&lt;/b&gt;: een regio waar de sector minder vestigingen heeft dan het &lt;b&gt;minimum&lt;/b&gt; (standaard 10) krijgt &lt;code&gt;small_n&lt;/code&gt; = 1 en het typelabel vermeldt dat; LQ en type berusten dan op te weinig bedrijven. &lt;b&gt;Groot banenvolume&lt;/b&gt; kan de mediaan zijn, een aantal banen of een percentage van de landelijke banen van de sector (&lt;code&gt;large_volume&lt;/code&gt; bevat de gebruikte drempel). Geef voor een laag van één provincie de &lt;b&gt;landelijke referentietotalen&lt;/b&gt; (CSV: &lt;code&gt;sector&lt;/code&gt;, &lt;code&gt;establishments&lt;/code&gt;, &lt;code&gt;jobs&lt;/code&gt;, een rij &lt;code&gt;all&lt;/code&gt;) en een gepubliceerd of ingevoerd benchmarkgemiddelde; het log meldt hoeveel vestigingen binnen 20 km van de rand van de laag liggen, waar de D-scores de bedrijven over de grens missen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="81" />
        <source>&lt;p&gt;The regional profile of every sector in one run, as the PBL/CBS top-sector note publishes it for the whole economy (Raspe et al. 2012): per region and sector the jobs (&lt;b&gt;mass&lt;/b&gt;), the location quotient (&lt;b&gt;specialisation&lt;/b&gt;) and the mean D-score (&lt;b&gt;concentration&lt;/b&gt;), and the region types. Each sector's rows are those &lt;i&gt;Regional profile of a sector&lt;/i&gt; gives for it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Het regioprofiel van elke sector in één keer, zoals de topsectorennotitie van PBL/CBS het voor de hele economie publiceert (Raspe et al. 2012): per regio en sector de banen (&lt;b&gt;massa&lt;/b&gt;), het locatiequotiënt (&lt;b&gt;specialisatie&lt;/b&gt;) en de gemiddelde D-score (&lt;b&gt;concentratie&lt;/b&gt;), en de regiotypen. De rijen van elke sector zijn die welke &lt;i&gt;Regioprofiel van een sector&lt;/i&gt; ervoor geeft.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="81" />
        <source>&lt;p&gt;&lt;b&gt;Sectors&lt;/b&gt;: every sector of the sector definitions except the two benchmarks (the bundled set: brainport and the top sectors), or those named in &lt;b&gt;Sectors&lt;/b&gt; (separated by ;), read from the &lt;b&gt;SBI code field&lt;/b&gt;; or every value of a &lt;b&gt;sector field&lt;/b&gt; (for example an A10 field). D-scores are computed within each sector; sectors that do not overlap share one computation (grid and far-field spectra), so the whole economy costs little more than one run of &lt;i&gt;Cluster index (D-score)&lt;/i&gt;. A &lt;b&gt;D-score field&lt;/b&gt; can be used instead only for sectors that do not overlap.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Sectoren&lt;/b&gt;: elke sector uit de sectordefinities behalve de twee benchmarks (de meegeleverde set: brainport en de topsectoren), of de sectoren genoemd in &lt;b&gt;Sectoren&lt;/b&gt; (gescheiden door ;), gelezen uit het &lt;b&gt;SBI-codeveld&lt;/b&gt;; of elke waarde van een &lt;b&gt;sectorveld&lt;/b&gt; (bijvoorbeeld een A10-veld). D-scores worden binnen elke sector berekend; sectoren die elkaar niet overlappen delen één berekening (rooster en spectra van het verre veld), zodat de hele economie weinig meer kost dan één keer &lt;i&gt;Clusterindex (D-score)&lt;/i&gt;. Een &lt;b&gt;veld D-score&lt;/b&gt; kan in plaats daarvan alleen worden gebruikt voor sectoren die elkaar niet overlappen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="81" />
        <source>&lt;p&gt;&lt;b&gt;Region types&lt;/b&gt; (note, table 1): clustered = mean D above the mean D of the sector's benchmark (computed from both benchmark populations in the input, published for NL 2011, or entered), specialised = LQ &amp;gt; 1, large volume = sector jobs at least the &lt;b&gt;large job volume&lt;/b&gt;: the median of the regions that have the sector, a number of jobs, or a percentage of the sector's national jobs (named in every output). Regions whose sector has fewer establishments than the &lt;b&gt;minimum&lt;/b&gt; (default 10) are flagged (&lt;code&gt;small_n&lt;/code&gt; = 1, * in reports) and left out of tables 1 and 2: one large firm can make a region “specialised”.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Regiotypen&lt;/b&gt; (notitie, tabel 1): geclusterd = gemiddelde D boven de gemiddelde D van de benchmark van de sector (berekend uit beide benchmarkpopulaties in de invoer, gepubliceerd voor NL 2011, of ingevoerd), gespecialiseerd = LQ &amp;gt; 1, groot volume = banen in de sector ten minste het &lt;b&gt;groot banenvolume&lt;/b&gt;: de mediaan van de regio's waar de sector voorkomt, een aantal banen, of een percentage van de landelijke banen van de sector (vermeld in elke uitvoer). Regio's waar de sector minder vestigingen heeft dan het &lt;b&gt;minimum&lt;/b&gt; (standaard 10) worden gemarkeerd (&lt;code&gt;small_n&lt;/code&gt; = 1, * in rapporten) en weggelaten uit tabel 1 en 2: één groot bedrijf kan een regio “gespecialiseerd” maken.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="81" />
        <source>&lt;p&gt;&lt;b&gt;A province's own frame&lt;/b&gt;: when the layer holds only part of the country, give the &lt;b&gt;national reference totals&lt;/b&gt; (a CSV with the columns &lt;code&gt;sector&lt;/code&gt;, &lt;code&gt;establishments&lt;/code&gt;, &lt;code&gt;jobs&lt;/code&gt; and a row &lt;code&gt;all&lt;/code&gt;; national counts such as CBS StatLine's) so that the LQ uses the national E(s) and E and the jobs shares the national sector jobs, and use published or entered benchmark means. The log then says how many establishments lie within 20 km of the edge of the layer's extent: their D-scores miss the firms across the border and are lower than in a national run, and so is the mean D of regions along the edge.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Een provincie als eigen kader&lt;/b&gt;: als de laag maar een deel van het land bevat, geef dan de &lt;b&gt;landelijke referentietotalen&lt;/b&gt; op (een CSV met de kolommen &lt;code&gt;sector&lt;/code&gt;, &lt;code&gt;establishments&lt;/code&gt;, &lt;code&gt;jobs&lt;/code&gt; en een rij &lt;code&gt;all&lt;/code&gt;; landelijke aantallen zoals die van CBS StatLine), zodat het LQ de landelijke E(s) en E gebruikt en de banenaandelen de landelijke banen van de sector, en gebruik gepubliceerde of ingevoerde benchmarkgemiddelden. Het log meldt dan hoeveel vestigingen binnen 20 km van de rand van het bereik van de laag liggen: hun D-scores missen de bedrijven over de grens en zijn lager dan bij een landelijke berekening, en dat geldt ook voor de gemiddelde D van regio's langs de rand.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="81" />
        <source>&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: the long table (&lt;code&gt;sector&lt;/code&gt;, &lt;code&gt;benchmark&lt;/code&gt;, &lt;code&gt;region_id&lt;/code&gt;, &lt;code&gt;region_name&lt;/code&gt;, &lt;code&gt;parent&lt;/code&gt; and the profile's fields: &lt;code&gt;n_sector&lt;/code&gt;, &lt;code&gt;n_total&lt;/code&gt;, &lt;code&gt;jobs_sector&lt;/code&gt;, &lt;code&gt;jobs_total&lt;/code&gt;, &lt;code&gt;jobs_share&lt;/code&gt;, &lt;code&gt;lq&lt;/code&gt;, &lt;code&gt;mean_d&lt;/code&gt;, &lt;code&gt;n_scored&lt;/code&gt;, &lt;code&gt;region_type&lt;/code&gt;, &lt;code&gt;type_label&lt;/code&gt;, &lt;code&gt;small_n&lt;/code&gt;, &lt;code&gt;large_volume&lt;/code&gt;); &lt;b&gt;appendix 3&lt;/b&gt; (one row per region and a national row; per sector &lt;code&gt;…_jobs&lt;/code&gt;, &lt;code&gt;…_lq&lt;/code&gt;, &lt;code&gt;…_mean_d&lt;/code&gt;); &lt;b&gt;table 1&lt;/b&gt; (per sector the regions of type 1, 2 and 3, by jobs); &lt;b&gt;table 2&lt;/b&gt; (per parent region — the &lt;b&gt;parent region field&lt;/b&gt;, e.g. &lt;code&gt;landsdeel&lt;/code&gt; or &lt;code&gt;provincie&lt;/code&gt; of the bundled COROP layer — and type: “sector (regions)”); &lt;b&gt;figure 1&lt;/b&gt; (mean D per sector, coloured by benchmark, both benchmark means marked; PNG and SVG); and one HTML report with all of it and every sector's bubble chart.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Uitvoer&lt;/b&gt;: de lange tabel (&lt;code&gt;sector&lt;/code&gt;, &lt;code&gt;benchmark&lt;/code&gt;, &lt;code&gt;region_id&lt;/code&gt;, &lt;code&gt;region_name&lt;/code&gt;, &lt;code&gt;parent&lt;/code&gt; en de velden van het profiel: &lt;code&gt;n_sector&lt;/code&gt;, &lt;code&gt;n_total&lt;/code&gt;, &lt;code&gt;jobs_sector&lt;/code&gt;, &lt;code&gt;jobs_total&lt;/code&gt;, &lt;code&gt;jobs_share&lt;/code&gt;, &lt;code&gt;lq&lt;/code&gt;, &lt;code&gt;mean_d&lt;/code&gt;, &lt;code&gt;n_scored&lt;/code&gt;, &lt;code&gt;region_type&lt;/code&gt;, &lt;code&gt;type_label&lt;/code&gt;, &lt;code&gt;small_n&lt;/code&gt;, &lt;code&gt;large_volume&lt;/code&gt;); &lt;b&gt;bijlage 3&lt;/b&gt; (één rij per regio en een landelijke rij; per sector &lt;code&gt;…_jobs&lt;/code&gt;, &lt;code&gt;…_lq&lt;/code&gt;, &lt;code&gt;…_mean_d&lt;/code&gt;); &lt;b&gt;tabel 1&lt;/b&gt; (per sector de regio's van type 1, 2 en 3, naar banen); &lt;b&gt;tabel 2&lt;/b&gt; (per bovenliggende regio — het &lt;b&gt;veld bovenliggende regio&lt;/b&gt;, bijv. &lt;code&gt;landsdeel&lt;/code&gt; of &lt;code&gt;provincie&lt;/code&gt; van de meegeleverde COROP-laag — en type: “sector (regio's)”); &lt;b&gt;figuur 1&lt;/b&gt; (gemiddelde D per sector, gekleurd naar benchmark, met beide benchmarkgemiddelden gemarkeerd; PNG en SVG); en één HTML-rapport met dit alles en het bellendiagram van elke sector.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="88" />
        <source>&lt;p&gt;For one sector, per region: its &lt;b&gt;growth&lt;/b&gt; between two years t0 and t1, set against its &lt;b&gt;specialisation&lt;/b&gt; (LQ) and &lt;b&gt;clustering&lt;/b&gt; (mean D-score) at t0 — the question of the PBL study of clustering and regional growth (2008, municipalities and regions 1996–2004): does clustering go with growth? That study found that it mostly does not, and that the variety of a municipality and of the region around it does contribute to employment growth (see &lt;i&gt;Sector variety per region&lt;/i&gt;, and the option to add variety here).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Voor één sector, per regio: de &lt;b&gt;groei&lt;/b&gt; tussen twee jaren t0 en t1, afgezet tegen de &lt;b&gt;specialisatie&lt;/b&gt; (LQ) en de &lt;b&gt;clustering&lt;/b&gt; (gemiddelde D-score) in t0 — de vraag van de PBL-studie naar clustering en regionale groei (2008, gemeenten en regio's 1996–2004): gaat clustering samen met groei? Die studie vond dat dat meestal niet zo is, en dat de variëteit van een gemeente en van de regio eromheen wel bijdraagt aan de werkgelegenheidsgroei (zie &lt;i&gt;Sectorvariëteit per regio&lt;/i&gt;, en de optie om hier variëteit toe te voegen).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="88" />
        <source>&lt;p&gt;&lt;b&gt;Growth&lt;/b&gt;, with E the sector's jobs (default) or establishments in region r: &lt;code&gt;g = E1/E0 − 1&lt;/code&gt;; annual &lt;code&gt;(1 + g)^(1/T) − 1&lt;/code&gt; with T the &lt;b&gt;period&lt;/b&gt; in years (default t1 − t0 when both years are numbers); the sector's national growth &lt;code&gt;g_s&lt;/code&gt; and the growth of all sectors &lt;code&gt;g&lt;/code&gt;, both over the whole layers (also establishments outside every region); relative growth &lt;code&gt;g − g_s&lt;/code&gt;. &lt;b&gt;Shift-share&lt;/b&gt; (Dunn 1960): national share &lt;code&gt;E0 · g&lt;/code&gt; (the region's sector had grown as the whole economy), industry mix &lt;code&gt;E0 · (g_s − g)&lt;/code&gt; (the sector grows faster or slower than the economy), regional shift &lt;code&gt;E0 · (g_rs − g_s)&lt;/code&gt; (the region's own part); the three sum to &lt;code&gt;E1 − E0&lt;/code&gt;. Where the sector has nothing in the region at t0 (E0 = 0) growth and shift-share are NULL, not 0; the log counts those regions. Small regions give large and volatile rates: read them with n and jobs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Groei&lt;/b&gt;, met E de banen (standaard) of vestigingen van de sector in regio r: &lt;code&gt;g = E1/E0 − 1&lt;/code&gt;; jaarlijks &lt;code&gt;(1 + g)^(1/T) − 1&lt;/code&gt; met T de &lt;b&gt;periode&lt;/b&gt; in jaren (standaard t1 − t0 als beide jaren getallen zijn); de landelijke groei van de sector &lt;code&gt;g_s&lt;/code&gt; en de groei van alle sectoren &lt;code&gt;g&lt;/code&gt;, beide over de hele lagen (ook vestigingen buiten alle regio's); relatieve groei &lt;code&gt;g − g_s&lt;/code&gt;. &lt;b&gt;Shift-share-analyse&lt;/b&gt; (Dunn 1960): landelijk aandeel &lt;code&gt;E0 · g&lt;/code&gt; (had de sector in de regio gegroeid zoals de hele economie), sectorstructuur (industry-mix) &lt;code&gt;E0 · (g_s − g)&lt;/code&gt; (de sector groeit sneller of langzamer dan de economie), regionale component &lt;code&gt;E0 · (g_rs − g_s)&lt;/code&gt; (het eigen deel van de regio); de drie tellen op tot &lt;code&gt;E1 − E0&lt;/code&gt;. Waar de sector in t0 niets heeft in de regio (E0 = 0), zijn groei en shift-share NULL, niet 0; het log telt die regio's. Kleine regio's geven grote en sterk wisselende groeicijfers: lees ze samen met n en banen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="88" />
        <source>&lt;p&gt;&lt;b&gt;Two years&lt;/b&gt;: two layers (t0 and t1; the same field names in both, the same CRS), or one layer holding both years with a &lt;b&gt;year field&lt;/b&gt; and the values of t0 and t1 (features of other years are left out of the analysis and written with NULL values). &lt;b&gt;Sector&lt;/b&gt;, the first of these that is given: a &lt;b&gt;sector expression&lt;/b&gt;; a &lt;b&gt;sector field&lt;/b&gt; with the &lt;b&gt;sector value&lt;/b&gt;; a &lt;b&gt;sector name&lt;/b&gt; from the sector definitions, read from the &lt;b&gt;SBI code field&lt;/b&gt; — evaluated in each year, so an establishment can enter or leave the sector. D-scores are computed within each year's sector (distance floor and method as in &lt;i&gt;Cluster index (D-score)&lt;/i&gt;); the LQ (establishments or jobs, as in &lt;i&gt;Regional profile of a sector&lt;/i&gt;) and the mean D of each year and their differences are in the output.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Twee jaren&lt;/b&gt;: twee lagen (t0 en t1; in beide dezelfde veldnamen, hetzelfde CRS), of één laag met beide jaren, met een &lt;b&gt;jaarveld&lt;/b&gt; en de waarden van t0 en t1 (objecten van andere jaren blijven buiten de analyse en worden met NULL-waarden geschreven). &lt;b&gt;Sector&lt;/b&gt;, de eerste van de volgende die is opgegeven: een &lt;b&gt;sectorexpressie&lt;/b&gt;; een &lt;b&gt;sectorveld&lt;/b&gt; met de &lt;b&gt;sectorwaarde&lt;/b&gt;; een &lt;b&gt;sectornaam&lt;/b&gt; uit de sectordefinities, toegepast op het &lt;b&gt;SBI-codeveld&lt;/b&gt; — per jaar geëvalueerd, zodat een vestiging de sector kan in- of uitgaan. D-scores worden binnen de sector van elk jaar berekend (drempelafstand en methode zoals in &lt;i&gt;Clusterindex (D-score)&lt;/i&gt;); het LQ (vestigingen of banen, zoals in &lt;i&gt;Regioprofiel van een sector&lt;/i&gt;) en de gemiddelde D van elk jaar en hun verschillen staan in de uitvoer.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="88" />
        <source>&lt;p&gt;&lt;b&gt;Establishments followed over time&lt;/b&gt;, when an &lt;b&gt;establishment id field&lt;/b&gt; links the years: a &lt;i&gt;birth&lt;/i&gt; is at t1 only, a &lt;i&gt;death&lt;/i&gt; at t0 only; an establishment in both years is a &lt;i&gt;mover&lt;/i&gt; when its two locations lie more than the &lt;b&gt;move distance&lt;/b&gt; apart (default 500 m; great-circle in a geographic CRS), else a &lt;i&gt;stayer&lt;/i&gt; (also when a location is missing). Per region and for the sector: births (where they are at t1, their t1 jobs), deaths (where they were, their t0 jobs), movers in (at t1) and out (at t0), stayers (at t1, with their jobs at t0 and t1). A NULL or repeated id is not classified (counted in the log). On the output points every establishment has its status and its D-score in both years (&lt;code&gt;d_score_t0&lt;/code&gt;, &lt;code&gt;d_score_t1&lt;/code&gt;).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Vestigingen door de tijd gevolgd&lt;/b&gt;, als een &lt;b&gt;veld vestigings-id&lt;/b&gt; de jaren koppelt: een &lt;i&gt;oprichting&lt;/i&gt; staat alleen in t1, een &lt;i&gt;opheffing&lt;/i&gt; alleen in t0; een vestiging in beide jaren is een &lt;i&gt;verhuizer&lt;/i&gt; als haar twee locaties meer dan de &lt;b&gt;verhuisafstand&lt;/b&gt; uit elkaar liggen (standaard 500 m; grootcirkelafstand in een geografisch CRS), anders een &lt;i&gt;blijver&lt;/i&gt; (ook als een locatie ontbreekt). Per regio en voor de sector: oprichtingen (waar ze in t1 zijn, met hun banen in t1), opheffingen (waar ze waren, met hun banen in t0), inkomende (in t1) en vertrekkende (in t0) verhuizers, blijvers (in t1, met hun banen in t0 en t1). Een id die NULL is of vaker voorkomt, wordt niet ingedeeld (geteld in het log). In de uitvoerpunten heeft elke vestiging haar status en haar D-score in beide jaren (&lt;code&gt;d_score_t0&lt;/code&gt;, &lt;code&gt;d_score_t1&lt;/code&gt;).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="88" />
        <source>&lt;p&gt;&lt;b&gt;Regions&lt;/b&gt;: polygons (assigned as in the other regional algorithms: at most one region per point, shared edges to one of the two neighbours, overlaps to the first, invalid polygons repaired, other CRSs transformed) or a region-code field (the regions are the codes of both years). &lt;b&gt;Add the variety of each region at t0&lt;/b&gt; adds &lt;code&gt;tv&lt;/code&gt;, &lt;code&gt;uv&lt;/code&gt;, &lt;code&gt;rv&lt;/code&gt; of all establishments at t0 and their means over the neighbouring regions, computed as in &lt;i&gt;Sector variety per region&lt;/i&gt;, so that growth can be set against them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Regio's&lt;/b&gt;: polygonen (toegewezen zoals in de andere regionale algoritmen: elk punt in hoogstens één regio, gedeelde randen naar één van de twee buren, overlappingen naar de eerste, ongeldige polygonen gerepareerd, andere CRS'en getransformeerd) of een regiocodeveld (de regio's zijn de codes van beide jaren). &lt;b&gt;Variëteit van elke regio in t0 toevoegen&lt;/b&gt; voegt &lt;code&gt;tv&lt;/code&gt;, &lt;code&gt;uv&lt;/code&gt;, &lt;code&gt;rv&lt;/code&gt; van alle vestigingen in t0 toe, met hun gemiddelden over de aangrenzende regio's, berekend zoals in &lt;i&gt;Sectorvariëteit per regio&lt;/i&gt;, zodat de groei ertegen kan worden afgezet.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="88" />
        <source>&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: the regions with &lt;code&gt;n_t0&lt;/code&gt;, &lt;code&gt;n_t1&lt;/code&gt;, &lt;code&gt;jobs_t0&lt;/code&gt;, &lt;code&gt;jobs_t1&lt;/code&gt; (the sector), &lt;code&gt;change&lt;/code&gt; (E1 − E0), &lt;code&gt;growth&lt;/code&gt;, &lt;code&gt;growth_ann&lt;/code&gt;, &lt;code&gt;growth_nat&lt;/code&gt; (g_s), &lt;code&gt;growth_all&lt;/code&gt; (g), &lt;code&gt;growth_rel&lt;/code&gt;, &lt;code&gt;growth_region&lt;/code&gt; (all sectors in the region), &lt;code&gt;national_share&lt;/code&gt;, &lt;code&gt;industry_mix&lt;/code&gt;, &lt;code&gt;regional_shift&lt;/code&gt;, &lt;code&gt;lq_t0&lt;/code&gt;, &lt;code&gt;lq_t1&lt;/code&gt;, &lt;code&gt;lq_diff&lt;/code&gt;, &lt;code&gt;mean_d_t0&lt;/code&gt;, &lt;code&gt;mean_d_t1&lt;/code&gt;, &lt;code&gt;mean_d_diff&lt;/code&gt;; with an id field &lt;code&gt;n_births&lt;/code&gt;, &lt;code&gt;jobs_births&lt;/code&gt;, &lt;code&gt;n_deaths&lt;/code&gt;, &lt;code&gt;jobs_deaths&lt;/code&gt;, &lt;code&gt;n_movers_in&lt;/code&gt;, &lt;code&gt;jobs_movers_in&lt;/code&gt;, &lt;code&gt;n_movers_out&lt;/code&gt;, &lt;code&gt;jobs_movers_out&lt;/code&gt;, &lt;code&gt;n_stayers&lt;/code&gt;, &lt;code&gt;jobs_stayers_t0&lt;/code&gt;, &lt;code&gt;jobs_stayers_t1&lt;/code&gt;; styled by relative growth, red (slower than the sector nationally) through white to blue (faster). The same as a table; the establishments (&lt;code&gt;period&lt;/code&gt;, &lt;code&gt;status&lt;/code&gt;, &lt;code&gt;in_sector&lt;/code&gt;, &lt;code&gt;region_id&lt;/code&gt;, &lt;code&gt;d_score_t0&lt;/code&gt;, &lt;code&gt;d_score_t1&lt;/code&gt;, &lt;code&gt;moved_m&lt;/code&gt;, &lt;code&gt;jobs&lt;/code&gt;); the &lt;b&gt;portfolio chart&lt;/b&gt; — x = LQ at t0 (or mean D at t0), y = growth, bubble area = sector jobs at t1, lines at LQ = 1 (or the benchmark's mean D) and at the sector's national growth, the largest and most extreme regions labelled — as PNG with an SVG beside it; and an HTML report.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Uitvoer&lt;/b&gt;: de regio's met &lt;code&gt;n_t0&lt;/code&gt;, &lt;code&gt;n_t1&lt;/code&gt;, &lt;code&gt;jobs_t0&lt;/code&gt;, &lt;code&gt;jobs_t1&lt;/code&gt; (de sector), &lt;code&gt;change&lt;/code&gt; (E1 − E0), &lt;code&gt;growth&lt;/code&gt;, &lt;code&gt;growth_ann&lt;/code&gt;, &lt;code&gt;growth_nat&lt;/code&gt; (g_s), &lt;code&gt;growth_all&lt;/code&gt; (g), &lt;code&gt;growth_rel&lt;/code&gt;, &lt;code&gt;growth_region&lt;/code&gt; (alle sectoren in de regio), &lt;code&gt;national_share&lt;/code&gt;, &lt;code&gt;industry_mix&lt;/code&gt;, &lt;code&gt;regional_shift&lt;/code&gt;, &lt;code&gt;lq_t0&lt;/code&gt;, &lt;code&gt;lq_t1&lt;/code&gt;, &lt;code&gt;lq_diff&lt;/code&gt;, &lt;code&gt;mean_d_t0&lt;/code&gt;, &lt;code&gt;mean_d_t1&lt;/code&gt;, &lt;code&gt;mean_d_diff&lt;/code&gt;; met een id-veld ook &lt;code&gt;n_births&lt;/code&gt;, &lt;code&gt;jobs_births&lt;/code&gt;, &lt;code&gt;n_deaths&lt;/code&gt;, &lt;code&gt;jobs_deaths&lt;/code&gt;, &lt;code&gt;n_movers_in&lt;/code&gt;, &lt;code&gt;jobs_movers_in&lt;/code&gt;, &lt;code&gt;n_movers_out&lt;/code&gt;, &lt;code&gt;jobs_movers_out&lt;/code&gt;, &lt;code&gt;n_stayers&lt;/code&gt;, &lt;code&gt;jobs_stayers_t0&lt;/code&gt;, &lt;code&gt;jobs_stayers_t1&lt;/code&gt;; opgemaakt naar relatieve groei, van rood (langzamer dan de sector landelijk) via wit naar blauw (sneller). Hetzelfde als tabel; de vestigingen (&lt;code&gt;period&lt;/code&gt;, &lt;code&gt;status&lt;/code&gt;, &lt;code&gt;in_sector&lt;/code&gt;, &lt;code&gt;region_id&lt;/code&gt;, &lt;code&gt;d_score_t0&lt;/code&gt;, &lt;code&gt;d_score_t1&lt;/code&gt;, &lt;code&gt;moved_m&lt;/code&gt;, &lt;code&gt;jobs&lt;/code&gt;); het &lt;b&gt;portfoliodiagram&lt;/b&gt; — x = LQ in t0 (of gemiddelde D in t0), y = groei, oppervlak van de bel = banen in de sector in t1, lijnen bij LQ = 1 (of de gemiddelde D van de benchmark) en bij de landelijke groei van de sector, met labels bij de grootste en meest extreme regio's — als PNG met een SVG ernaast; en een HTML-rapport.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="88" />
        <source>&lt;p&gt;&lt;b&gt;Sources&lt;/b&gt;: Dunn, E.S. (1960), A statistical and analytical technique for regional analysis, &lt;i&gt;Papers of the Regional Science Association&lt;/i&gt; 6; PBL (2008), the study of clustering and economic growth of Dutch municipalities and regions, 1996–2004; Frenken, K., Van Oort, F. &amp;amp; Verburg, T. (2007), Related variety, unrelated variety and regional economic growth, &lt;i&gt;Regional Studies&lt;/i&gt; 41(5).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Bronnen&lt;/b&gt;: Dunn, E.S. (1960), A statistical and analytical technique for regional analysis, &lt;i&gt;Papers of the Regional Science Association&lt;/i&gt; 6; PBL (2008), de studie naar clustering en economische groei van Nederlandse gemeenten en regio's, 1996–2004; Frenken, K., Van Oort, F. &amp;amp; Verburg, T. (2007), Related variety, unrelated variety and regional economic growth, &lt;i&gt;Regional Studies&lt;/i&gt; 41(5).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="97" />
        <source>&lt;p&gt;The &lt;b&gt;variety&lt;/b&gt; of the sector mix of every region, after Frenken, Van Oort &amp;amp; Verburg (2007), &lt;i&gt;Regional Studies&lt;/i&gt; 41(5): &lt;b&gt;related variety&lt;/b&gt; (many different classes within the same broad groups, among which knowledge spills over) and &lt;b&gt;unrelated variety&lt;/b&gt; (a spread over unrelated groups, a portfolio against sector-specific shocks). The PBL study of clustering and growth (2008) found that the variety of a municipality and of the region around it contributes to employment growth; the means over the &lt;b&gt;neighbouring regions&lt;/b&gt; give that surrounding region.&lt;/p&gt;</source>
        <translation>&lt;p&gt;De &lt;b&gt;variëteit&lt;/b&gt; van de sectorsamenstelling van elke regio, naar Frenken, Van Oort &amp;amp; Verburg (2007), &lt;i&gt;Regional Studies&lt;/i&gt; 41(5): &lt;b&gt;gerelateerde variëteit&lt;/b&gt; (veel verschillende klassen binnen dezelfde brede groepen, waartussen kennis overslaat) en &lt;b&gt;ongerelateerde variëteit&lt;/b&gt; (spreiding over niet-verwante groepen, een portfolio tegen sectorspecifieke schokken). De PBL-studie naar clustering en groei (2008) vond dat de variëteit van een gemeente en van de regio eromheen bijdraagt aan de werkgelegenheidsgroei; de gemiddelden over de &lt;b&gt;aangrenzende regio's&lt;/b&gt; staan voor die omliggende regio.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="97" />
        <source>&lt;p&gt;With &lt;code&gt;p_i&lt;/code&gt; the share of fine class i in the region's total and &lt;code&gt;P_g&lt;/code&gt; the share of coarse group g (the sum of its classes' shares), in bits (log base 2) and with 0 · log 0 = 0: total variety &lt;code&gt;TV = Σ p_i log2(1/p_i)&lt;/code&gt; (entropy); unrelated variety &lt;code&gt;UV = Σ P_g log2(1/P_g)&lt;/code&gt;; related variety &lt;code&gt;RV = Σ P_g H_g&lt;/code&gt; with &lt;code&gt;H_g = Σ_{i∈g} (p_i/P_g) log2(P_g/p_i)&lt;/code&gt;, the entropy within each group weighted by its share. Always &lt;code&gt;TV = UV + RV&lt;/code&gt;. A region with one class has 0; the maximum is log2 of the number of classes. Variety grows with the number of establishments observed (a region of 20 firms cannot show 200 classes): compare regions of similar size, or use larger regions.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Met &lt;code&gt;p_i&lt;/code&gt; het aandeel van fijne klasse i in het totaal van de regio en &lt;code&gt;P_g&lt;/code&gt; het aandeel van grove groep g (de som van de aandelen van haar klassen), in bits (log met grondtal 2) en met 0 · log 0 = 0: totale variëteit &lt;code&gt;TV = Σ p_i log2(1/p_i)&lt;/code&gt; (entropie); ongerelateerde variëteit &lt;code&gt;UV = Σ P_g log2(1/P_g)&lt;/code&gt;; gerelateerde variëteit &lt;code&gt;RV = Σ P_g H_g&lt;/code&gt; met &lt;code&gt;H_g = Σ_{i∈g} (p_i/P_g) log2(P_g/p_i)&lt;/code&gt;, de entropie binnen elke groep, gewogen naar haar aandeel. Altijd geldt &lt;code&gt;TV = UV + RV&lt;/code&gt;. Een regio met één klasse heeft 0; het maximum is log2 van het aantal klassen. Variëteit neemt toe met het aantal waargenomen vestigingen (een regio met 20 bedrijven kan geen 200 klassen tonen): vergelijk regio's van vergelijkbare grootte, of gebruik grotere regio's.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="97" />
        <source>&lt;p&gt;&lt;b&gt;Levels&lt;/b&gt;: the &lt;b&gt;fine level&lt;/b&gt; is 5-digit SBI (subclass) by default — 4 digits (class) when most codes have no 5 digits, as in most registers —, or 4 or 3 digits; the &lt;b&gt;coarse level&lt;/b&gt; the 2-digit divisions (Frenken et al.), the sections, or 3-digit groups; it must be coarser than the fine level. Codes are read as everywhere in Clusterindex (4711, 47.11, 47110, G4711 …); unreadable codes and codes less detailed than the fine level are left out and counted in the log. &lt;b&gt;Shares&lt;/b&gt; of jobs (default; NULL jobs count as 1) or of establishments.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Niveaus&lt;/b&gt;: het &lt;b&gt;fijne niveau&lt;/b&gt; is standaard 5-cijferige SBI (subklasse) — 4 cijfers (klasse) als de meeste codes geen 5 cijfers hebben, zoals in de meeste registers —, of 4 of 3 cijfers; het &lt;b&gt;grove niveau&lt;/b&gt; de 2-cijferige afdelingen (Frenken et al.), de secties, of 3-cijferige groepen; het moet grover zijn dan het fijne niveau. Codes worden gelezen zoals overal in Clusterindex (4711, 47.11, 47110, G4711 …); onleesbare codes en codes die minder gedetailleerd zijn dan het fijne niveau worden weggelaten en in het log geteld. &lt;b&gt;Aandelen&lt;/b&gt; van banen (standaard; banen met NULL tellen als 1) of van vestigingen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="97" />
        <source>&lt;p&gt;&lt;b&gt;Neighbours&lt;/b&gt;: regions whose polygons share a border — a line, not a single corner point; found with a spatial index, invalid polygons repaired —; &lt;code&gt;tv_nb&lt;/code&gt;, &lt;code&gt;uv_nb&lt;/code&gt; and &lt;code&gt;rv_nb&lt;/code&gt; are the plain means over the neighbours that have a value, &lt;code&gt;n_neighbours&lt;/code&gt; their number. Regions without neighbours (islands) and regions from a region-code field (which have no borders; the log says so) get NULL.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Buren&lt;/b&gt;: regio's waarvan de polygonen een grens delen — een lijn, niet één hoekpunt; gevonden met een ruimtelijke index, ongeldige polygonen gerepareerd —; &lt;code&gt;tv_nb&lt;/code&gt;, &lt;code&gt;uv_nb&lt;/code&gt; en &lt;code&gt;rv_nb&lt;/code&gt; zijn de gewone gemiddelden over de buren die een waarde hebben, &lt;code&gt;n_neighbours&lt;/code&gt; hun aantal. Regio's zonder buren (eilanden) en regio's uit een regiocodeveld (die geen grenzen hebben; het log meldt dat) krijgen NULL.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="97" />
        <source>&lt;p&gt;&lt;b&gt;Regions&lt;/b&gt;: a polygon layer with optional id and name fields, or a region-code field on the establishments, assigned as in the other regional algorithms (at most one region per point, shared edges to one of the two neighbours, overlaps to the first, invalid polygons repaired, other CRSs transformed; the log counts points in no region). Regions without establishments are kept, with NULL variety.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Regio's&lt;/b&gt;: een polygoonlaag met optionele velden voor id en naam, of een regiocodeveld bij de vestigingen, toegewezen zoals in de andere regionale algoritmen (elk punt in hoogstens één regio, gedeelde randen naar één van de twee buren, overlappingen naar de eerste, ongeldige polygonen gerepareerd, andere CRS'en getransformeerd; het log telt punten die in geen enkele regio liggen). Regio's zonder vestigingen blijven behouden, met variëteit NULL.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="97" />
        <source>&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: the regions with &lt;code&gt;n_total&lt;/code&gt;, &lt;code&gt;n_counted&lt;/code&gt; (establishments with a code at the fine level), &lt;code&gt;weight&lt;/code&gt; (their jobs or number), &lt;code&gt;n_classes&lt;/code&gt;, &lt;code&gt;n_groups&lt;/code&gt;, &lt;code&gt;tv&lt;/code&gt;, &lt;code&gt;uv&lt;/code&gt;, &lt;code&gt;rv&lt;/code&gt;, &lt;code&gt;tv_nb&lt;/code&gt;, &lt;code&gt;uv_nb&lt;/code&gt;, &lt;code&gt;rv_nb&lt;/code&gt; and &lt;code&gt;n_neighbours&lt;/code&gt;, styled by related variety in five quantile classes; the same as a table; an HTML report. The same variety fields can be added to &lt;i&gt;Change between two years&lt;/i&gt;, to set growth against them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Uitvoer&lt;/b&gt;: de regio's met &lt;code&gt;n_total&lt;/code&gt;, &lt;code&gt;n_counted&lt;/code&gt; (vestigingen met een code op het fijne niveau), &lt;code&gt;weight&lt;/code&gt; (hun banen of aantal), &lt;code&gt;n_classes&lt;/code&gt;, &lt;code&gt;n_groups&lt;/code&gt;, &lt;code&gt;tv&lt;/code&gt;, &lt;code&gt;uv&lt;/code&gt;, &lt;code&gt;rv&lt;/code&gt;, &lt;code&gt;tv_nb&lt;/code&gt;, &lt;code&gt;uv_nb&lt;/code&gt;, &lt;code&gt;rv_nb&lt;/code&gt; en &lt;code&gt;n_neighbours&lt;/code&gt;, opgemaakt naar gerelateerde variëteit in vijf kwantielklassen; hetzelfde als tabel; een HTML-rapport. Dezelfde variëteitsvelden kunnen worden toegevoegd aan &lt;i&gt;Verandering tussen twee jaren&lt;/i&gt;, om de groei ertegen af te zetten.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="97" />
        <source>&lt;p&gt;&lt;b&gt;Sources&lt;/b&gt;: Frenken, K., Van Oort, F. &amp;amp; Verburg, T. (2007), Related variety, unrelated variety and regional economic growth, &lt;i&gt;Regional Studies&lt;/i&gt; 41(5); PBL (2008), the study of clustering and economic growth of Dutch municipalities and regions, 1996–2004.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Bronnen&lt;/b&gt;: Frenken, K., Van Oort, F. &amp;amp; Verburg, T. (2007), Related variety, unrelated variety and regional economic growth, &lt;i&gt;Regional Studies&lt;/i&gt; 41(5); PBL (2008), de studie naar clustering en economische groei van Nederlandse gemeenten en regio's, 1996–2004.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="141" />
        <source>Is an establishment's clustering more than its background? Random labelling within a control population: expected D-score, ratio, z, p-value and a Benjamini–Hochberg class.</source>
        <translation>Is de clustering van een vestiging meer dan die van haar achtergrond? Willekeurige toewijzing van labels binnen een controlepopulatie: verwachte D-score, ratio, z, p-waarde en een Benjamini–Hochberg-klasse.</translation>
    </message>
    <message>
        <location filename="../help.py" line="143" />
        <source>&lt;p&gt;Tests, for every establishment of a sector, whether its D-score is higher than expected if the sector's labels were spread at random over a &lt;b&gt;control population&lt;/b&gt; — the comparison with random draws of the index's authors (Scholl &amp;amp; Brenner), where the PBL/CBS reports use percentile thresholds only.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Toetst voor elke vestiging van een sector of haar D-score hoger is dan verwacht als de labels van de sector willekeurig over een &lt;b&gt;controlepopulatie&lt;/b&gt; verdeeld waren — de vergelijking met willekeurige trekkingen van de auteurs van de index (Scholl &amp;amp; Brenner), waar de PBL/CBS-rapporten alleen percentieldrempels gebruiken.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="143" />
        <source>&lt;p&gt;&lt;b&gt;Null hypothesis (random labelling)&lt;/b&gt;: the locations of all establishments are fixed and the labels are exchangeable within the control population C of N establishments: for an establishment i of the sector (J establishments), the J−1 other establishments of the sector are a random draw without replacement from the N−1 other establishments of C. With k = 1/max(d, d0): &lt;code&gt;E[D_i] = μ_i = Σ_{j∈C, j≠i} k_ij / (N−1)&lt;/code&gt; — i's D-score within C —, &lt;code&gt;σ_i² = Σ_{j∈C, j≠i} k_ij² / (N−1) − μ_i²&lt;/code&gt; and &lt;code&gt;Var(D_i) = σ_i²/(J−1) · (N−J)/(N−2)&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nulhypothese (willekeurige toewijzing van labels, random labelling)&lt;/b&gt;: de locaties van alle vestigingen liggen vast en de labels zijn uitwisselbaar binnen de controlepopulatie C van N vestigingen: voor een vestiging i van de sector (J vestigingen) zijn de J−1 andere vestigingen van de sector een willekeurige trekking zonder teruglegging uit de N−1 andere vestigingen van C. Met k = 1/max(d, d0): &lt;code&gt;E[D_i] = μ_i = Σ_{j∈C, j≠i} k_ij / (N−1)&lt;/code&gt; — de D-score van i binnen C —, &lt;code&gt;σ_i² = Σ_{j∈C, j≠i} k_ij² / (N−1) − μ_i²&lt;/code&gt; en &lt;code&gt;Var(D_i) = σ_i²/(J−1) · (N−J)/(N−2)&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="143" />
        <source>&lt;p&gt;&lt;b&gt;Control population&lt;/b&gt;: by default the sector's benchmark population (industry or services, as the sector's definition says or as chosen under Benchmark) together with the sector, so that sectors outside both benchmarks work too; or the whole layer; or the establishments of a &lt;b&gt;control expression&lt;/b&gt; (a field value: &lt;code&gt;"a10" = 'J'&lt;/code&gt;) together with the sector. The choice is part of the question: against the services benchmark a services sector is asked whether it is more clustered than services in general; against the whole layer, whether it is more clustered than economic activity as a whole, which follows population.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Controlepopulatie&lt;/b&gt;: standaard de benchmarkpopulatie van de sector (industrie of diensten, zoals de definitie van de sector zegt of zoals gekozen onder Benchmark) samen met de sector, zodat ook sectoren buiten beide benchmarks werken; of de hele laag; of de vestigingen van een &lt;b&gt;controle-expressie&lt;/b&gt; (een veldwaarde: &lt;code&gt;"a10" = 'J'&lt;/code&gt;) samen met de sector. De keuze is deel van de vraag: tegen de benchmark diensten wordt voor een dienstensector gevraagd of die meer geclusterd is dan diensten in het algemeen; tegen de hele laag, of die meer geclusterd is dan de economische activiteit als geheel, die de bevolking volgt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="143" />
        <source>&lt;p&gt;&lt;b&gt;p-values&lt;/b&gt;: one-sided (more clustered than expected). By the normal approximation of D_i, or by &lt;b&gt;Monte Carlo&lt;/b&gt;: R random draws (default 99) of J−1 establishments from the N−1 others, p = (1 + number of draws with a D at least the observed one)/(R + 1); a &lt;b&gt;seed&lt;/b&gt; (default 2012, written to the log) makes them reproducible. Monte Carlo is automatic for sectors smaller than the size given (default 30), where the normal approximation is poor (D_i is the mean of a few draws from a skewed kernel), and on request for every sector (its cost grows with the square of J). &lt;b&gt;Multiple testing&lt;/b&gt;: among thousands of establishments many small p-values arise by chance; the class controls the false discovery rate over the sector at &lt;b&gt;α&lt;/b&gt; (default 0.05; Benjamini &amp;amp; Hochberg 1995).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;P-waarden&lt;/b&gt;: eenzijdig (meer geclusterd dan verwacht). Met de normale benadering van D_i, of met &lt;b&gt;Monte Carlo&lt;/b&gt;: R willekeurige trekkingen (standaard 99) van J−1 vestigingen uit de N−1 andere, p = (1 + aantal trekkingen met een D minstens gelijk aan de waargenomen)/(R + 1); een &lt;b&gt;startwaarde (seed)&lt;/b&gt; (standaard 2012, in het log geschreven) maakt ze reproduceerbaar. Monte Carlo is automatisch voor sectoren kleiner dan de opgegeven omvang (standaard 30), waar de normale benadering slecht is (D_i is het gemiddelde van een paar trekkingen uit een scheve kernfunctie), en op verzoek voor elke sector (de rekentijd groeit met het kwadraat van J). &lt;b&gt;Meervoudig toetsen&lt;/b&gt;: onder duizenden vestigingen ontstaan veel kleine p-waarden door toeval; de klasse beheerst de false discovery rate (FDR) over de sector op &lt;b&gt;α&lt;/b&gt; (standaard 0.05; Benjamini &amp;amp; Hochberg 1995).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="143" />
        <source>&lt;p&gt;&lt;b&gt;What a p-value says&lt;/b&gt;: how often random labelling would give the establishment a D-score at least as high as its own. &lt;b&gt;What it does not say&lt;/b&gt;: it is not the probability that the establishment is not in a cluster, nor a measure of how strong the cluster is — for that, see &lt;code&gt;d_ratio&lt;/code&gt; and the D-score; in large sectors even small excesses are significant, in small ones large excesses may not be. The locations are fixed: the test asks whether the sector is concentrated &lt;i&gt;given&lt;/i&gt; where the control population is, not whether firms are concentrated at all. Labels are taken as exchangeable: establishments of one firm, or that settled together, are not independent draws, and the tests of neighbouring establishments are correlated (Benjamini–Hochberg remains valid under positive dependence).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Wat een p-waarde zegt&lt;/b&gt;: hoe vaak willekeurige toewijzing van labels de vestiging een D-score zou geven die minstens zo hoog is als haar eigen. &lt;b&gt;Wat ze niet zegt&lt;/b&gt;: het is niet de kans dat de vestiging niet in een cluster ligt, en ook geen maat voor hoe sterk het cluster is — zie daarvoor &lt;code&gt;d_ratio&lt;/code&gt; en de D-score; in grote sectoren zijn zelfs kleine overschrijdingen significant, in kleine sectoren grote misschien niet. De locaties liggen vast: de toets vraagt of de sector geconcentreerd is &lt;i&gt;gegeven&lt;/i&gt; waar de controlepopulatie zit, niet of bedrijven überhaupt geconcentreerd zijn. Labels worden als uitwisselbaar beschouwd: vestigingen van één bedrijf, of die zich samen hebben gevestigd, zijn geen onafhankelijke trekkingen, en de toetsen van naburige vestigingen zijn gecorreleerd (Benjamini–Hochberg blijft geldig bij positieve afhankelijkheid).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="143" />
        <source>&lt;p&gt;&lt;b&gt;Output&lt;/b&gt;: every input feature with &lt;code&gt;d_score&lt;/code&gt; (D within the sector), &lt;code&gt;d_expected&lt;/code&gt; (μ), &lt;code&gt;d_sd&lt;/code&gt; (√Var(D)), &lt;code&gt;d_ratio&lt;/code&gt; = D/μ (above 1: more establishments of the sector close by than the background predicts), &lt;code&gt;d_z&lt;/code&gt; = (D − μ)/√Var, &lt;code&gt;d_p&lt;/code&gt;, &lt;code&gt;d_class&lt;/code&gt; (significant / not significant; NULL outside the sector, for J = 1, and where D is fixed under the null hypothesis: the sector is the whole control population, or every distance equal), &lt;code&gt;n_sector&lt;/code&gt; (J), &lt;code&gt;n_control&lt;/code&gt; (N) and &lt;code&gt;jobs&lt;/code&gt;; styled by class. z is reported also where p comes from Monte Carlo.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Uitvoer&lt;/b&gt;: elk invoerobject met &lt;code&gt;d_score&lt;/code&gt; (D binnen de sector), &lt;code&gt;d_expected&lt;/code&gt; (μ), &lt;code&gt;d_sd&lt;/code&gt; (√Var(D)), &lt;code&gt;d_ratio&lt;/code&gt; = D/μ (boven 1: meer vestigingen van de sector dichtbij dan de achtergrond voorspelt), &lt;code&gt;d_z&lt;/code&gt; = (D − μ)/√Var, &lt;code&gt;d_p&lt;/code&gt;, &lt;code&gt;d_class&lt;/code&gt; (significant / niet significant; NULL buiten de sector, bij J = 1, en waar D vastligt onder de nulhypothese: de sector is de hele controlepopulatie, of elke afstand is gelijk), &lt;code&gt;n_sector&lt;/code&gt; (J), &lt;code&gt;n_control&lt;/code&gt; (N) en &lt;code&gt;jobs&lt;/code&gt;; opgemaakt naar klasse. z wordt ook vermeld waar p uit Monte Carlo komt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="143" />
        <source>&lt;p&gt;&lt;b&gt;Method&lt;/b&gt;: Σk and Σk² over the control population, per distinct location, by the fast certified method (exact within d0 and for pairs within about 3 km; beyond, Taylor expansions of 1/r and 1/r² evaluated by FFT, with a Legendre and a Chebyshev bound on the truncation error of every sum; exact where a bound exceeds the tolerance) or exactly; geographic layers exactly, on great-circle distances. &lt;b&gt;Sources&lt;/b&gt;: Scholl, T. &amp;amp; Brenner, T. (2016), Detecting spatial clustering using a firm-level cluster index, &lt;i&gt;Regional Studies&lt;/i&gt; 50(6) (working paper 2011); Benjamini, Y. &amp;amp; Hochberg, Y. (1995), Controlling the false discovery rate: a practical and powerful approach to multiple testing, &lt;i&gt;Journal of the Royal Statistical Society B&lt;/i&gt; 57(1).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Methode&lt;/b&gt;: Σk en Σk² over de controlepopulatie, per afzonderlijke locatie, met de snelle gegarandeerde methode (exact binnen d0 en voor paren binnen ongeveer 3 km; daarbuiten Taylorreeksen van 1/r en 1/r² die met FFT worden geëvalueerd, met een Legendre- en een Chebyshev-grens voor de afbreekfout van elke som; exact waar een grens de tolerantie overschrijdt) of exact; geografische lagen exact, op grootcirkelafstanden. &lt;b&gt;Bronnen&lt;/b&gt;: Scholl, T. &amp;amp; Brenner, T. (2016), Detecting spatial clustering using a firm-level cluster index, &lt;i&gt;Regional Studies&lt;/i&gt; 50(6) (working paper 2011); Benjamini, Y. &amp;amp; Hochberg, Y. (1995), Controlling the false discovery rate: a practical and powerful approach to multiple testing, &lt;i&gt;Journal of the Royal Statistical Society B&lt;/i&gt; 57(1).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="153" />
        <source>&lt;p&gt;&lt;b&gt;Significant clusters only&lt;/b&gt; (optional): keeps only the strong and very strong cluster establishments whose D-score is also significant by random labelling within the benchmark population together with the sector (as in &lt;i&gt;Significance of the D-score&lt;/i&gt;: normal approximation, Monte Carlo for sectors smaller than 30, Benjamini–Hochberg at α = 0.05, seed 2012; without a benchmark, the whole layer), and adds the p-value &lt;code&gt;d_p&lt;/code&gt; to both outputs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Alleen significante clusters&lt;/b&gt; (optioneel): behoudt alleen de vestigingen in sterke en zeer sterke clusters waarvan de D-score ook significant is bij willekeurige toewijzing van labels binnen de benchmarkpopulatie samen met de sector (zoals in &lt;i&gt;Significantie van de D-score&lt;/i&gt;: normale benadering, Monte Carlo voor sectoren kleiner dan 30, Benjamini–Hochberg bij α = 0.05, startwaarde 2012; zonder benchmark de hele laag), en voegt de p-waarde &lt;code&gt;d_p&lt;/code&gt; aan beide uitvoerlagen toe.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="157" />
        <source>&lt;p&gt;&lt;b&gt;Sector-level test&lt;/b&gt; (optional): for every sector with a benchmark, its mean D against the mean D of R random sets of J establishments drawn from the benchmark population together with the sector (random labelling of the whole sector); p = (1 + number of draws at least as high)/(R + 1) in &lt;code&gt;mean_d_p&lt;/code&gt;, with the seed in the log; NULL for the benchmarks themselves. Each draw is a D-score computation of the sector's size: the test takes about R times as long as the summary of that sector.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Toets op sectorniveau&lt;/b&gt; (optioneel): voor elke sector met een benchmark de gemiddelde D tegen de gemiddelde D van R willekeurige verzamelingen van J vestigingen, getrokken uit de benchmarkpopulatie samen met de sector (willekeurige toewijzing van labels voor de hele sector); p = (1 + aantal trekkingen minstens zo hoog)/(R + 1) in &lt;code&gt;mean_d_p&lt;/code&gt;, met de startwaarde in het log; NULL voor de benchmarks zelf. Elke trekking is een D-scoreberekening ter grootte van de sector: de toets duurt ongeveer R keer zo lang als het overzicht van die sector.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>run</name>
    <message>
        <location filename="../../algorithms/neighbourhoods.py" line="94" />
        <source>Regions</source>
        <translation>Regio's</translation>
    </message>
    <message>
        <location filename="../../algorithms/neighbourhoods.py" line="107" />
        <source>No region with {0} = “{1}” in layer “{2}”. Values are, for example: {3}.</source>
        <translation>Geen regio met {0} = “{1}” in laag “{2}”. Waarden zijn bijvoorbeeld: {3}.</translation>
    </message>
    <message>
        <location filename="../../algorithms/neighbourhoods.py" line="156" />
        <source>{0} establishments of the sector lie in the region but in none of its small areas: not counted.</source>
        <translation>{0} vestigingen van de sector liggen in de regio maar in geen van haar kleine gebieden: niet meegeteld.</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="161" />
        <source>D-scores read from field “{0}” of layer “{1}”, not computed here: they should have been computed within this sector.</source>
        <translation>D-scores gelezen uit veld “{0}” van laag “{1}”, niet hier berekend: ze horen binnen deze sector berekend te zijn.</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="165" />
        <source>The sector's establishments have no locations and no D-score field is given: mean D and region types are NULL.</source>
        <translation>De vestigingen van de sector hebben geen locatie en er is geen veld D-score opgegeven: gemiddelde D en regiotypen zijn NULL.</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="168" />
        <source>D-scores computed within the sector “{0}”.</source>
        <translation>D-scores berekend binnen de sector “{0}”.</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="187" />
        <source>{0}: specialisation, concentration and jobs per region</source>
        <translation>{0}: specialisatie, concentratie en banen per regio</translation>
    </message>
    <message>
        <location filename="../../algorithms/change.py" line="178" />
        <source>the benchmark mean D</source>
        <translation>de gemiddelde D van de benchmark</translation>
    </message>
    <message>
        <location filename="../../algorithms/change.py" line="192" />
        <source>Sector “{0}” at {1}: {2} of {3} establishments.</source>
        <translation>Sector “{0}” in {1}: {2} van {3} vestigingen.</translation>
    </message>
    <message>
        <location filename="../../algorithms/change.py" line="195" />
        <source>No establishment is in the sector “{0}” in either year.</source>
        <translation>In geen van beide jaren valt een vestiging in de sector “{0}”.</translation>
    </message>
    <message>
        <location filename="../../algorithms/change.py" line="203" />
        <source>The sector has no located establishments at {0}: mean D is NULL for that year.</source>
        <translation>De sector heeft in {0} geen vestigingen met een locatie: de gemiddelde D is NULL voor dat jaar.</translation>
    </message>
    <message>
        <location filename="../../algorithms/change.py" line="206" />
        <source>D-scores at {0} computed within the sector “{1}” of that year.</source>
        <translation>D-scores in {0} berekend binnen de sector “{1}” van dat jaar.</translation>
    </message>
    <message>
        <location filename="../../algorithms/change.py" line="221" />
        <source>One layer holds both years: all its features are in the output Establishments at t1 (one layer: both years); nothing is written to Establishments at t0.</source>
        <translation>Eén laag bevat beide jaren: al haar objecten staan in de uitvoer Vestigingen in t1 (één laag: beide jaren); naar Vestigingen in t0 wordt niets geschreven.</translation>
    </message>
    <message>
        <location filename="../../algorithms/changeparts.py" line="48" />
        <source>At {0}: {1} establishments without an id and {2} with an id used before in that year: neither born, dead, moved nor stayed (status NULL).</source>
        <translation>In {0}: {1} vestigingen zonder id en {2} met een id die in dat jaar al eerder voorkwam: niet als oprichting, opheffing, verhuizer of blijver ingedeeld (status NULL).</translation>
    </message>
    <message>
        <location filename="../../algorithms/changeparts.py" line="54" />
        <source>Establishments (all sectors): {0} births, {1} deaths, {2} movers (more than {3:g} m), {4} stayers.</source>
        <translation>Vestigingen (alle sectoren): {0} oprichtingen, {1} opheffingen, {2} verhuizers (meer dan {3:g} m), {4} blijvers.</translation>
    </message>
    <message>
        <location filename="../../algorithms/changeparts.py" line="60" />
        <source>{0} establishments of both years have no location in one of them: counted as stayers (the distance moved is unknown).</source>
        <translation>{0} vestigingen uit beide jaren hebben in een van de jaren geen locatie: geteld als blijvers (de verhuisafstand is onbekend).</translation>
    </message>
    <message>
        <location filename="../../algorithms/changeparts.py" line="71" />
        <source>National growth {0}–{1} ({2}): sector “{3}” {4:+.2%} ({5:,.0f} → {6:,.0f}), all sectors {7:+.2%} ({8:,.0f} → {9:,.0f}).</source>
        <translation>Landelijke groei {0}–{1} ({2}): sector “{3}” {4:+.2%} ({5:,.0f} → {6:,.0f}), alle sectoren {7:+.2%} ({8:,.0f} → {9:,.0f}).</translation>
    </message>
    <message>
        <location filename="../../algorithms/changeparts.py" line="77" />
        <source>{0} regions have no {1} of the sector at {2}: growth and shift-share are NULL there.</source>
        <translation>{0} regio's hebben in {2} geen {1} in de sector: groei en shift-share zijn daar NULL.</translation>
    </message>
    <message>
        <location filename="../../algorithms/changeparts.py" line="167" />
        <source>{0}: growth {1}–{2} per region against {3} in {1}</source>
        <translation>{0}: groei {1}–{2} per regio tegenover {3} in {1}</translation>
    </message>
    <message>
        <location filename="../../algorithms/changeparts.py" line="167" />
        <source>concentration</source>
        <translation>concentratie</translation>
    </message>
    <message>
        <location filename="../../algorithms/changeparts.py" line="167" />
        <source>specialisation</source>
        <translation>specialisatie</translation>
    </message>
    <message>
        <location filename="../../algorithms/changeparts.py" line="169" />
        <source>Growth of {0}. Bubble area ∝ sector jobs in {1}. National growth of the sector {2:+.1%}, of all sectors {3:+.1%}. Regions without the sector in {4} have no growth rate and are not drawn.</source>
        <translation>Groei in {0}. Oppervlak van de bel ∝ banen in de sector in {1}. Landelijke groei van de sector {2:+.1%}, van alle sectoren {3:+.1%}. Regio's zonder de sector in {4} hebben geen groeicijfer en worden niet getekend.</translation>
    </message>
    <message>
        <location filename="../../algorithms/changeparts.py" line="178" />
        <source>Portfolio chart: {0} regions drawn, {1} labelled, {2} beyond the growth axis (drawn on its edge).</source>
        <translation>Portfoliodiagram: {0} regio's getekend, {1} met label, {2} buiten de groei-as (op de rand getekend).</translation>
    </message>
    <message>
        <location filename="../../algorithms/variety.py" line="75" />
        <source>Sector variety per region</source>
        <translation>Sectorvariëteit per regio</translation>
    </message>
    <message>
        <location filename="../../algorithms/variety.py" line="76" />
        <source>Establishments: {0}. Total (TV), unrelated (UV) and related variety (RV) in bits, TV = UV + RV; “nb”: mean over the regions sharing a border. Method: Frenken, Van Oort &amp; Verburg (2007), Regional Studies 41(5).</source>
        <translation>Vestigingen: {0}. Totale (TV), ongerelateerde (UV) en gerelateerde variëteit (RV) in bits, TV = UV + RV; “nb”: gemiddelde over de regio's die een grens delen. Methode: Frenken, Van Oort &amp; Verburg (2007), Regional Studies 41(5).</translation>
    </message>
</context>
<context>
    <name>sectornames</name>
    <message>
        <location filename="../../algorithms/definitions.py" line="57" />
        <source>Benchmark industry</source>
        <translation>Benchmark industrie</translation>
    </message>
    <message>
        <location filename="../../algorithms/definitions.py" line="57" />
        <source>Benchmark services</source>
        <translation>Benchmark diensten</translation>
    </message>
    <message>
        <location filename="../../algorithms/definitions.py" line="57" />
        <source>Brainport activities</source>
        <translation>Brainportactiviteiten</translation>
    </message>
    <message>
        <location filename="../../algorithms/definitions.py" line="57" />
        <source>Agro &amp; food (narrow)</source>
        <translation>Agro&amp;food (smal)</translation>
    </message>
    <message>
        <location filename="../../algorithms/definitions.py" line="57" />
        <source>Horticulture and propagation materials</source>
        <translation>Tuinbouw en uitgangsmaterialen</translation>
    </message>
    <message>
        <location filename="../../algorithms/definitions.py" line="57" />
        <source>Chemicals</source>
        <translation>Chemie</translation>
    </message>
    <message>
        <location filename="../../algorithms/definitions.py" line="57" />
        <source>Life sciences &amp; health</source>
        <translation>Life sciences &amp; health</translation>
    </message>
    <message>
        <location filename="../../algorithms/definitions.py" line="57" />
        <source>HTSM manufacturing</source>
        <translation>High tech systemen en materialen – maakindustrie</translation>
    </message>
    <message>
        <location filename="../../algorithms/definitions.py" line="57" />
        <source>Logistics</source>
        <translation>Logistiek</translation>
    </message>
    <message>
        <location filename="../../algorithms/definitions.py" line="57" />
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <location filename="../../algorithms/definitions.py" line="57" />
        <source>Water</source>
        <translation>Water</translation>
    </message>
    <message>
        <location filename="../../algorithms/definitions.py" line="57" />
        <source>HTSM services</source>
        <translation>High tech systemen en materialen – diensten</translation>
    </message>
    <message>
        <location filename="../../algorithms/definitions.py" line="57" />
        <source>Creative industry: arts and heritage</source>
        <translation>Creatieve industrie – cultuur</translation>
    </message>
    <message>
        <location filename="../../algorithms/definitions.py" line="57" />
        <source>Creative industry: media and entertainment</source>
        <translation>Creatieve industrie – media</translation>
    </message>
    <message>
        <location filename="../../algorithms/definitions.py" line="57" />
        <source>Creative industry: creative business services</source>
        <translation>Creatieve industrie – diensten</translation>
    </message>
</context>
</TS>