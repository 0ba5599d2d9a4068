<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>dyad::ActorComboBox</name>
        <message>
            <source>any</source>
            <translation>любая</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>dyad::CameoNames</name>
        <message>
            <source>Make public statement</source>
            <translation>Публичное заявление</translation>
        </message>
        <message>
            <source>Appeal</source>
            <translation>Призыв</translation>
        </message>
        <message>
            <source>Express intent to cooperate</source>
            <translation>Намерение сотрудничать</translation>
        </message>
        <message>
            <source>Consult</source>
            <translation>Консультации</translation>
        </message>
        <message>
            <source>Engage in diplomatic cooperation</source>
            <translation>Дипломатическое сотрудничество</translation>
        </message>
        <message>
            <source>Engage in material cooperation</source>
            <translation>Материальное сотрудничество</translation>
        </message>
        <message>
            <source>Provide aid</source>
            <translation>Оказание помощи</translation>
        </message>
        <message>
            <source>Yield</source>
            <translation>Уступка</translation>
        </message>
        <message>
            <source>Investigate</source>
            <translation>Расследование</translation>
        </message>
        <message>
            <source>Demand</source>
            <translation>Требование</translation>
        </message>
        <message>
            <source>Disapprove</source>
            <translation>Неодобрение</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Отказ</translation>
        </message>
        <message>
            <source>Threaten</source>
            <translation>Угроза</translation>
        </message>
        <message>
            <source>Protest</source>
            <translation>Протест</translation>
        </message>
        <message>
            <source>Exhibit military posture</source>
            <translation>Демонстрация военной силы</translation>
        </message>
        <message>
            <source>Reduce relations</source>
            <translation>Сокращение отношений</translation>
        </message>
        <message>
            <source>Coerce</source>
            <translation>Принуждение</translation>
        </message>
        <message>
            <source>Assault</source>
            <translation>Нападение</translation>
        </message>
        <message>
            <source>Fight</source>
            <translation>Боевые действия</translation>
        </message>
        <message>
            <source>Use unconventional mass violence</source>
            <translation>Нетрадиционное массовое насилие</translation>
        </message>
        <message>
            <source>Verbal cooperation</source>
            <translation>Словесное сотрудничество</translation>
        </message>
        <message>
            <source>Material cooperation</source>
            <translation>Материальное сотрудничество</translation>
        </message>
        <message>
            <source>Verbal conflict</source>
            <translation>Словесный конфликт</translation>
        </message>
        <message>
            <source>Material conflict</source>
            <translation>Материальный конфликт</translation>
        </message>
    </context>
    <context>
        <name>dyad::DocumentList</name>
        <message>
            <source>Documents</source>
            <translation>Документы</translation>
        </message>
    </context>
    <context>
        <name>dyad::DocumentModel</name>
        <message>
            <source>Title</source>
            <translation>Заголовок</translation>
        </message>
        <message>
            <source>Outlet</source>
            <translation>Издание</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Опубликовано</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>События</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Идентификатор</translation>
        </message>
    </context>
    <context>
        <name>dyad::EntityHighlightModel</name>
        <message>
            <source>country</source>
            <translation>страна</translation>
        </message>
        <message>
            <source>person</source>
            <translation>человек</translation>
        </message>
        <message>
            <source>organisation</source>
            <translation>организация</translation>
        </message>
        <message>
            <source>place</source>
            <translation>место</translation>
        </message>
        <message>
            <source>date</source>
            <translation>дата</translation>
        </message>
        <message>
            <source>event trigger</source>
            <translation>слово-событие</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Текст</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Actor</source>
            <translation>Участник</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Начало</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Конец</translation>
        </message>
    </context>
    <context>
        <name>dyad::EntityLegend</name>
        <message>
            <source>Colour key of the source text</source>
            <translation>Условные цвета исходного текста</translation>
        </message>
        <message>
            <source>selected event</source>
            <translation>выбранное событие</translation>
        </message>
        <message>
            <source>page furniture</source>
            <translation>служебный текст страницы</translation>
        </message>
    </context>
    <context>
        <name>dyad::EventExporter</name>
        <message>
            <source>cannot write “%1”: events are exported as CSV or JSON</source>
            <translation>не удаётся записать «%1»: события экспортируются в CSV или JSON</translation>
        </message>
        <message>
            <source>cannot write “%1”: the folder does not exist</source>
            <translation>не удаётся записать «%1»: папка не существует</translation>
        </message>
        <message>
            <source>cannot write “%1”: %2</source>
            <translation>не удаётся записать «%1»: %2</translation>
        </message>
    </context>
    <context>
        <name>dyad::EventModel</name>
        <message>
            <source>%1, row %2</source>
            <translation>%1, строка %2</translation>
        </message>
        <message>
            <source>undated</source>
            <translation>без даты</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Адресат</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>Goldstein</source>
            <translation>Гольдштейн</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Источники</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Свидетельство</translation>
        </message>
    </context>
    <context>
        <name>dyad::EventTable</name>
        <message>
            <source>Events</source>
            <translation>События</translation>
        </message>
    </context>
    <context>
        <name>dyad::EventTypeTree</name>
        <message>
            <source>Event types</source>
            <translation>Типы событий</translation>
        </message>
    </context>
    <context>
        <name>dyad::ExportActions</name>
        <message>
            <source>&amp;Timeline…</source>
            <translation>&amp;Хронология…</translation>
        </message>
        <message>
            <source>Pair &amp;Matrix…</source>
            <translation>&amp;Матрица пар…</translation>
        </message>
        <message>
            <source>&amp;Events…</source>
            <translation>&amp;События…</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Экспорт</translation>
        </message>
        <message>
            <source>Export the timeline chart as a PNG image, an SVG drawing or a PDF document</source>
            <translation>Экспортировать график хронологии как изображение PNG, рисунок SVG или документ PDF</translation>
        </message>
        <message>
            <source>Export the country-pair matrix as a PNG image, an SVG drawing or a PDF document</source>
            <translation>Экспортировать матрицу пар стран как изображение PNG, рисунок SVG или документ PDF</translation>
        </message>
        <message>
            <source>Export the selected events with their sentences as a CSV table or JSON</source>
            <translation>Экспортировать выбранные события с их предложениями как таблицу CSV или JSON</translation>
        </message>
        <message>
            <source>Ctrl+Shift+E</source>
            <translation>Ctrl+Shift+E</translation>
        </message>
        <message>
            <source>Export Failed</source>
            <translation>Не удалось экспортировать</translation>
        </message>
        <message>
            <source>Exported to %1</source>
            <translation>Экспортировано в %1</translation>
        </message>
    </context>
    <context>
        <name>dyad::ExportCaption</name>
        <message>
            <source>%1 acting on any country</source>
            <translation>%1 в действиях против любой страны</translation>
        </message>
        <message>
            <source>%1 with any country</source>
            <translation>%1 с любой страной</translation>
        </message>
        <message>
            <source>any country acting on %1</source>
            <translation>любая страна в действиях против %1</translation>
        </message>
        <message>
            <source>all countries</source>
            <translation>все страны</translation>
        </message>
        <message>
            <source>from %1</source>
            <translation>с %1</translation>
        </message>
        <message>
            <source>until %1</source>
            <translation>до %1</translation>
        </message>
        <message>
            <source>all years</source>
            <translation>все годы</translation>
        </message>
        <message>
            <source>dated events only</source>
            <translation>только датированные события</translation>
        </message>
        <message>
            <source>types: %1</source>
            <translation>типы: %1</translation>
        </message>
        <message>
            <source>classes: %1</source>
            <translation>классы: %1</translation>
        </message>
        <message>
            <source>all event types</source>
            <translation>все типы событий</translation>
        </message>
        <message>
            <source>at least %1 sources per event</source>
            <translation>не менее %1 источников на событие</translation>
        </message>
        <message>
            <source>document “%1”</source>
            <translation>документ «%1»</translation>
        </message>
        <message>
            <source>text “%1”</source>
            <translation>текст «%1»</translation>
        </message>
        <message>
            <source>Filter: %1. Events: %2, from sources: %3.</source>
            <translation>Фильтр: %1. События: %2, из источников: %3.</translation>
        </message>
    </context>
    <context>
        <name>dyad::ExportDialog</name>
        <message>
            <source>Export Events</source>
            <translation>Экспорт событий</translation>
        </message>
        <message>
            <source>Export View</source>
            <translation>Экспорт представления</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Обзор…</translation>
        </message>
        <message>
            <source> px</source>
            <translation> пкс</translation>
        </message>
        <message>
            <source>Width</source>
            <translation>Ширина</translation>
        </message>
        <message>
            <source>Height</source>
            <translation>Высота</translation>
        </message>
        <message>
            <source>Pixels per point: 2 makes a sharper PNG for high-resolution screens and print, at twice the width and height</source>
            <translation>Пикселей на точку: 2 даёт более чёткий PNG для экранов высокого разрешения и печати, вдвое больше по ширине и высоте</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>A3</source>
            <translation>A3</translation>
        </message>
        <message>
            <source>A5</source>
            <translation>A5</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Letter</translation>
        </message>
        <message>
            <source>Legal</source>
            <translation>Legal</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Альбомная</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Книжная</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Файл:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Заголовок:</translation>
        </message>
        <message>
            <source>&amp;Size:</source>
            <translation>&amp;Размер:</translation>
        </message>
        <message>
            <source>S&amp;cale (PNG):</source>
            <translation>&amp;Масштаб (PNG):</translation>
        </message>
        <message>
            <source>&amp;Page (PDF):</source>
            <translation>&amp;Страница (PDF):</translation>
        </message>
        <message>
            <source>&amp;Orientation (PDF):</source>
            <translation>&amp;Ориентация (PDF):</translation>
        </message>
        <message>
            <source>Name a file ending in .csv or .json.</source>
            <translation>Укажите файл с окончанием .csv или .json.</translation>
        </message>
        <message>
            <source>Name a file ending in .png, .svg or .pdf.</source>
            <translation>Укажите файл с окончанием .png, .svg или .pdf.</translation>
        </message>
    </context>
    <context>
        <name>dyad::ExportFormats</name>
        <message>
            <source>PNG image (*.png)</source>
            <translation>Изображение PNG (*.png)</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation>Рисунок SVG (*.svg)</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>Документ PDF (*.pdf)</translation>
        </message>
        <message>
            <source>CSV table (*.csv)</source>
            <translation>Таблица CSV (*.csv)</translation>
        </message>
        <message>
            <source>JSON, as dyad extract (*.json)</source>
            <translation>JSON, как dyad extract (*.json)</translation>
        </message>
    </context>
    <context>
        <name>dyad::FilterPanel</name>
        <message>
            <source>any</source>
            <translation>любой</translation>
        </message>
        <message>
            <source>Only from A to B</source>
            <translation>Только от A к B</translation>
        </message>
        <message>
            <source>First year</source>
            <translation>Первый год</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>Последний год</translation>
        </message>
        <message>
            <source>Include undated events</source>
            <translation>Включать события без даты</translation>
        </message>
        <message>
            <source>&amp;Reset Filter</source>
            <translation>&amp;Сбросить фильтр</translation>
        </message>
        <message>
            <source>Country A</source>
            <translation>Страна A</translation>
        </message>
        <message>
            <source>Type a name or a code; empty for any</source>
            <translation>Введите название или код; пусто — любая</translation>
        </message>
        <message>
            <source>Country B</source>
            <translation>Страна B</translation>
        </message>
        <message>
            <source>Type a name or a code; empty for any partner</source>
            <translation>Введите название или код; пусто — любой партнёр</translation>
        </message>
        <message>
            <source>Only events initiated by A and aimed at B</source>
            <translation>Только события, начатые A и направленные на B</translation>
        </message>
        <message>
            <source>Minimum number of sources</source>
            <translation>Минимальное число источников</translation>
        </message>
        <message>
            <source>Only events reported by at least this many documents</source>
            <translation>Только события, о которых сообщает не меньше документов</translation>
        </message>
        <message>
            <source>Words in the evidence</source>
            <translation>Слова из свидетельства</translation>
        </message>
        <message>
            <source>Free text</source>
            <translation>Произвольный текст</translation>
        </message>
        <message>
            <source>Reset filter</source>
            <translation>Сбросить фильтр</translation>
        </message>
        <message>
            <source>Country &amp;A:</source>
            <translation>Страна &amp;A:</translation>
        </message>
        <message>
            <source>Country &amp;B:</source>
            <translation>Страна &amp;B:</translation>
        </message>
        <message>
            <source>&amp;Years:</source>
            <translation>&amp;Годы:</translation>
        </message>
        <message>
            <source>Min. &amp;sources:</source>
            <translation>Мин. &amp;источников:</translation>
        </message>
        <message>
            <source>&amp;Text:</source>
            <translation>&amp;Текст:</translation>
        </message>
        <message>
            <source>Event &amp;types:</source>
            <translation>&amp;Типы событий:</translation>
        </message>
    </context>
    <context>
        <name>dyad::FilterState</name>
        <message>
            <source>Filter %1</source>
            <translation>Фильтр: %1</translation>
        </message>
    </context>
    <context>
        <name>dyad::LoadErrorsDialog</name>
        <message>
            <source>Files Not Loaded</source>
            <translation>Незагруженные файлы</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Проблема</translation>
        </message>
        <message>
            <source>Files not loaded</source>
            <translation>Незагруженные файлы</translation>
        </message>
        <message>
            <source>&amp;Copy List</source>
            <translation>&amp;Копировать список</translation>
        </message>
        <message>
            <source>C&amp;lear</source>
            <translation>&amp;Очистить</translation>
        </message>
        <message>
            <source>(store)</source>
            <translation>(хранилище)</translation>
        </message>
        <message>
            <source>Every file was loaded.</source>
            <translation>Все файлы загружены.</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) or document(s) could not be loaded; the others were.</source>
            <translation>
                <numerusform>Не удалось загрузить %n файл или документ; остальные загружены.</numerusform>
                <numerusform>Не удалось загрузить %n файла или документа; остальные загружены.</numerusform>
                <numerusform>Не удалось загрузить %n файлов или документов; остальные загружены.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dyad::MainWindow</name>
        <message>
            <source>Dyad</source>
            <translation>Dyad</translation>
        </message>
        <message>
            <source>lexicon</source>
            <translation>лексикон</translation>
        </message>
        <message>
            <source>Chart and matrix</source>
            <translation>График и матрица</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Хронология</translation>
        </message>
        <message>
            <source>Country-pair matrix</source>
            <translation>Матрица пар стран</translation>
        </message>
        <message>
            <source>&amp;Timeline</source>
            <translation>&amp;Хронология</translation>
        </message>
        <message>
            <source>Pair &amp;Matrix</source>
            <translation>&amp;Матрица пар</translation>
        </message>
        <message>
            <source>This view is not available in this build.</source>
            <translation>Это представление недоступно в данной сборке.</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>Фильтр</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Документы</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;Open Files…</source>
            <translation>&amp;Открыть файлы…</translation>
        </message>
        <message>
            <source>Open &amp;Folder…</source>
            <translation>Открыть &amp;папку…</translation>
        </message>
        <message>
            <source>Ctrl+Shift+O</source>
            <translation>Ctrl+Shift+O</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>&amp;Недавние</translation>
        </message>
        <message>
            <source>Files &amp;Not Loaded…</source>
            <translation>&amp;Незагруженные файлы…</translation>
        </message>
        <message>
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <source>Ctrl+1</source>
            <translation>Ctrl+1</translation>
        </message>
        <message>
            <source>Ctrl+2</source>
            <translation>Ctrl+2</translation>
        </message>
        <message>
            <source>Timeline as &amp;Volume</source>
            <translation>Хронология: &amp;объём</translation>
        </message>
        <message>
            <source>Ctrl+Shift+V</source>
            <translation>Ctrl+Shift+V</translation>
        </message>
        <message>
            <source>Timeline as &amp;Lanes</source>
            <translation>Хронология: &amp;дорожки</translation>
        </message>
        <message>
            <source>Ctrl+Shift+L</source>
            <translation>Ctrl+Shift+L</translation>
        </message>
        <message>
            <source>F&amp;ilter</source>
            <translation>Ф&amp;ильтр</translation>
        </message>
        <message>
            <source>&amp;Reset Filter</source>
            <translation>&amp;Сбросить фильтр</translation>
        </message>
        <message>
            <source>Ctrl+R</source>
            <translation>Ctrl+R</translation>
        </message>
        <message>
            <source>Find in &amp;Evidence</source>
            <translation>Искать в &amp;свидетельствах</translation>
        </message>
        <message>
            <source>Choose Country &amp;A</source>
            <translation>Выбрать страну &amp;A</translation>
        </message>
        <message>
            <source>Ctrl+Shift+A</source>
            <translation>Ctrl+Shift+A</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Настройки</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Параметры…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <source>&amp;About Dyad</source>
            <translation>&amp;О программе Dyad</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>О &amp;Qt</translation>
        </message>
        <message>
            <source>Selection summary</source>
            <translation>Сводка выборки</translation>
        </message>
        <message>
            <source>%v of %m files</source>
            <translation>%v из %m файлов</translation>
        </message>
        <message>
            <source>Loading progress</source>
            <translation>Ход загрузки</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Stop loading (Esc); what is loaded stays</source>
            <translation>Остановить загрузку (Esc); загруженное сохранится</translation>
        </message>
        <message>
            <source>Cancel loading</source>
            <translation>Отменить загрузку</translation>
        </message>
        <message>
            <source>No documents: open files or a folder, or drop them here</source>
            <translation>Нет документов: откройте файлы или папку либо перетащите их сюда</translation>
        </message>
        <message>
            <source>&amp;Clear List</source>
            <translation>&amp;Очистить список</translation>
        </message>
        <message>
            <source>Open Articles</source>
            <translation>Открыть статьи</translation>
        </message>
        <message>
            <source>Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)</source>
            <translation>Статьи (*.txt *.md *.markdown *.html *.htm);;Все файлы (*)</translation>
        </message>
        <message>
            <source>Open Folder of Articles</source>
            <translation>Открыть папку со статьями</translation>
        </message>
        <message>
            <source>About Dyad</source>
            <translation>О программе Dyad</translation>
        </message>
        <message>
            <source>Dyad %1
The history of relations between countries, read from news articles.
Licensed under the GNU GPL, version 3 or later.</source>
            <translation>Dyad %1
История отношений между странами по новостным статьям.
Распространяется по лицензии GNU GPL версии 3 или более поздней.</translation>
        </message>
    </context>
    <context>
        <name>dyad::MatrixColorScale</name>
        <message>
            <source>Events</source>
            <translation>События</translation>
        </message>
        <message>
            <source>Net Goldstein</source>
            <translation>Итог по Гольдштейну</translation>
        </message>
        <message>
            <source>%1 conflict</source>
            <translation>%1 конфликт</translation>
        </message>
        <message>
            <source>+%1 cooperation</source>
            <translation>+%1 сотрудничество</translation>
        </message>
    </context>
    <context>
        <name>dyad::PairMatrixModel</name>
        <message numerus="yes">
            <source>%1 → %2: %n event(s), net Goldstein %3</source>
            <translation>
                <numerusform>%1 → %2: %n событие, итог по Гольдштейну %3</numerusform>
                <numerusform>%1 → %2: %n события, итог по Гольдштейну %3</numerusform>
                <numerusform>%1 → %2: %n событий, итог по Гольдштейну %3</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dyad::PairMatrixPainter</name>
        <message>
            <source>source ↓ target →</source>
            <translation>источник ↓ адресат →</translation>
        </message>
        <message>
            <source>No country pairs in the selection</source>
            <translation>В выборке нет пар стран</translation>
        </message>
    </context>
    <context>
        <name>dyad::PairMatrixPanel</name>
        <message>
            <source>Number of events</source>
            <translation>Число событий</translation>
        </message>
        <message>
            <source>Net Goldstein</source>
            <translation>Итог по Гольдштейну</translation>
        </message>
        <message>
            <source>&amp;Colour by:</source>
            <translation>&amp;Цвет по:</translation>
        </message>
    </context>
    <context>
        <name>dyad::PairMatrixView</name>
        <message>
            <source>Country-pair matrix</source>
            <translation>Матрица пар стран</translation>
        </message>
    </context>
    <context>
        <name>dyad::PictureExporter</name>
        <message>
            <source>cannot write “%1”: %2</source>
            <translation>не удаётся записать «%1»: %2</translation>
        </message>
        <message>
            <source>the folder does not exist</source>
            <translation>папка не существует</translation>
        </message>
        <message>
            <source>an image of %1×%2 pixels is not possible (1 to %3 per side)</source>
            <translation>изображение %1×%2 пикселей невозможно (от 1 до %3 на сторону)</translation>
        </message>
        <message>
            <source>not enough memory for the image</source>
            <translation>недостаточно памяти для изображения</translation>
        </message>
        <message>
            <source>the size is empty</source>
            <translation>размер пуст</translation>
        </message>
        <message>
            <source>the page size is not valid</source>
            <translation>недопустимый размер страницы</translation>
        </message>
        <message>
            <source>the PDF could not be started</source>
            <translation>не удалось начать PDF</translation>
        </message>
        <message>
            <source>the PDF could not be finished</source>
            <translation>не удалось завершить PDF</translation>
        </message>
        <message>
            <source>a view is exported as PNG, SVG or PDF</source>
            <translation>представление экспортируется в PNG, SVG или PDF</translation>
        </message>
    </context>
    <context>
        <name>dyad::PreferencesDialog</name>
        <message>
            <source>System language</source>
            <translation>Язык системы</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>Параметры</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>Язык интерфейса</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Как в системе</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Светлая</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Тёмная</translation>
        </message>
        <message>
            <source>Colour scheme</source>
            <translation>Цветовая схема</translation>
        </message>
        <message>
            <source>A new language applies the next time Dyad starts.</source>
            <translation>Новый язык вступит в силу при следующем запуске Dyad.</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Язык:</translation>
        </message>
        <message>
            <source>&amp;Colours:</source>
            <translation>&amp;Цвета:</translation>
        </message>
    </context>
    <context>
        <name>dyad::SelectionSummary</name>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n событие</numerusform>
                <numerusform>%n события</numerusform>
                <numerusform>%n событий</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation>
                <numerusform>%n документ</numerusform>
                <numerusform>%n документа</numerusform>
                <numerusform>%n документов</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 with any country</source>
            <translation>%1 с любой страной</translation>
        </message>
        <message>
            <source>all countries</source>
            <translation>все страны</translation>
        </message>
        <message>
            <source>from %1</source>
            <translation>с %1</translation>
        </message>
        <message>
            <source>until %1</source>
            <translation>по %1</translation>
        </message>
        <message>
            <source>all years</source>
            <translation>все годы</translation>
        </message>
    </context>
    <context>
        <name>dyad::SessionFeeder</name>
        <message>
            <source>a document with the id “%1” is already open; skipped</source>
            <translation>документ с идентификатором «%1» уже открыт; пропущен</translation>
        </message>
    </context>
    <context>
        <name>dyad::SourceHeader</name>
        <message>
            <source>Document title</source>
            <translation>Заголовок документа</translation>
        </message>
        <message>
            <source>Outlet, date and language</source>
            <translation>Издание, дата и язык</translation>
        </message>
        <message>
            <source>Document address</source>
            <translation>Адрес документа</translation>
        </message>
        <message>
            <source>The article's address, as text: Dyad never opens it</source>
            <translation>Адрес статьи в виде текста: Dyad никогда его не открывает</translation>
        </message>
        <message>
            <source>No document selected</source>
            <translation>Документ не выбран</translation>
        </message>
        <message>
            <source>Select an event or a document to read its source.</source>
            <translation>Выберите событие или документ, чтобы прочитать источник.</translation>
        </message>
        <message>
            <source>unknown outlet</source>
            <translation>издание неизвестно</translation>
        </message>
        <message>
            <source>date unknown</source>
            <translation>дата неизвестна</translation>
        </message>
        <message>
            <source>language unknown</source>
            <translation>язык неизвестен</translation>
        </message>
    </context>
    <context>
        <name>dyad::SourcePanel</name>
        <message>
            <source>Show page &amp;furniture</source>
            <translation>Показывать &amp;служебный текст</translation>
        </message>
        <message>
            <source>Source text</source>
            <translation>Исходный текст</translation>
        </message>
        <message>
            <source>Navigation, related links, credits and other text around the article</source>
            <translation>Навигация, ссылки на другие материалы, подписи и прочий текст вокруг статьи</translation>
        </message>
        <message>
            <source>Show page furniture</source>
            <translation>Показывать служебный текст</translation>
        </message>
        <message>
            <source>This event comes from a dataset row: there is no article text to show.</source>
            <translation>Это событие взято из строки набора данных: текста статьи нет.</translation>
        </message>
        <message>
            <source>%1 (%2): click to filter by it</source>
            <translation>%1 (%2): щёлкните, чтобы отфильтровать</translation>
        </message>
    </context>
    <context>
        <name>dyad::TimelineLanes</name>
        <message>
            <source>Unclassified</source>
            <translation>Без класса</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>CAMEO %1, %2, Goldstein %3</source>
            <translation>CAMEO %1, %2, Гольдштейн %3</translation>
        </message>
        <message>
            <source>%1: %2 events</source>
            <translation>%1 — событий: %2</translation>
        </message>
    </context>
    <context>
        <name>dyad::TimelineLanesChart</name>
        <message>
            <source>No dated events in the selection</source>
            <translation>В выборке нет датированных событий</translation>
        </message>
        <message>
            <source>Selected event</source>
            <translation>Выбранное событие</translation>
        </message>
    </context>
    <context>
        <name>dyad::TimelineModel</name>
        <message>
            <source>Other pairs</source>
            <translation>Другие пары</translation>
        </message>
        <message numerus="yes">
            <source>%1, %2: %n event(s)</source>
            <translation>
                <numerusform>%1, %2: %n событие</numerusform>
                <numerusform>%1, %2: %n события</numerusform>
                <numerusform>%1, %2: %n событий</numerusform>
            </translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Период</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Начало</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>События</translation>
        </message>
        <message>
            <source>Net Goldstein</source>
            <translation>Итог по Гольдштейну</translation>
        </message>
    </context>
    <context>
        <name>dyad::TimelineView</name>
        <message>
            <source>Volume</source>
            <translation>Объём</translation>
        </message>
        <message>
            <source>Events per period by type, with the net Goldstein score</source>
            <translation>События за период по типам с итоговой оценкой по Гольдштейну</translation>
        </message>
        <message>
            <source>Lanes</source>
            <translation>Дорожки</translation>
        </message>
        <message>
            <source>One lane per country pair, one marker per event</source>
            <translation>Одна дорожка на пару стран, одна отметка на событие</translation>
        </message>
        <message>
            <source>Events whose date is unknown are counted here, not drawn</source>
            <translation>События с неизвестной датой учитываются здесь, но не рисуются</translation>
        </message>
        <message>
            <source>Drag across the chart to choose years; double-click to show every year again</source>
            <translation>Протяните по графику, чтобы выбрать годы; двойной щелчок — снова все годы</translation>
        </message>
        <message numerus="yes">
            <source>%n undated</source>
            <translation>
                <numerusform>%n без даты</numerusform>
                <numerusform>%n без даты</numerusform>
                <numerusform>%n без даты</numerusform>
            </translation>
        </message>
        <message>
            <source>markers count events per period</source>
            <translation>отметки считают события за период</translation>
        </message>
        <message>
            <source>events counted per period</source>
            <translation>события подсчитаны по периодам</translation>
        </message>
        <message>
            <source>undated events not drawn: %1</source>
            <translation>события без даты не показаны: %1</translation>
        </message>
        <message>
            <source>pairs not shown: %1 (%2 events)</source>
            <translation>пары не показаны: %1 (событий: %2)</translation>
        </message>
        <message>
            <source>busiest pairs: %1 of %2</source>
            <translation>самые активные пары: %1 из %2</translation>
        </message>
    </context>
    <context>
        <name>dyad::TimelineVolumeChart</name>
        <message>
            <source>No dated events in the selection</source>
            <translation>В выборке нет датированных событий</translation>
        </message>
        <message>
            <source>Net Goldstein</source>
            <translation>Итог по Гольдштейну</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>События</translation>
        </message>
        <message>
            <source>Net Goldstein %1</source>
            <translation>Итог по Гольдштейну %1</translation>
        </message>
        <message>
            <source>%1 events</source>
            <translation>событий: %1</translation>
        </message>
    </context>
    <context>
        <name>dyad::ViewExporter</name>
        <message>
            <source>Events over time</source>
            <translation>События во времени</translation>
        </message>
        <message>
            <source>Events by country pair</source>
            <translation>События по парам стран</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>События</translation>
        </message>
        <message>
            <source>cannot write “%1”: unknown format (use .png, .svg or .pdf for a view, .csv or .json for events)</source>
            <translation>не удаётся записать «%1»: неизвестный формат (используйте .png, .svg или .pdf для представления, .csv или .json для событий)</translation>
        </message>
        <message>
            <source>cannot write “%1”: a chart or the matrix is exported as PNG, SVG or PDF</source>
            <translation>не удаётся записать «%1»: график или матрица экспортируются в PNG, SVG или PDF</translation>
        </message>
        <message>
            <source>cannot write “%1”: this view is not available</source>
            <translation>не удаётся записать «%1»: это представление недоступно</translation>
        </message>
    </context>
</TS>
