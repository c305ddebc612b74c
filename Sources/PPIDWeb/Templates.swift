import Mustache

/// The pages' templates, compiled into the program (nothing to install beside the binary, and
/// nothing an attacker could swap in the data folder). `{{x}}` is HTML-escaped by Mustache;
/// no template uses the unescaped form.
enum Templates {
    static func library() throws -> MustacheLibrary {
        var library = MustacheLibrary()
        for (name, text) in all { try library.register(text, named: name) }
        return library
    }

    static let all: [(String, String)] = [
        ("head", head), ("foot", foot), ("form", form), ("receipt", receipt), ("status", status), ("refusal", refusal),
    ]

    static let head = """
        <!doctype html>
        <html lang="{{lang}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="referrer" content="same-origin">
        <title>{{title}} — {{office}}</title>
        <link rel="stylesheet" href="/style.css">
        </head>
        <body>
        <header class="top">
        <p class="office">{{office}}</p>
        <nav class="lang" aria-label="{{t.language}}"><a href="{{otherLangLink}}" hreflang="{{otherLang}}" lang="{{otherLang}}">{{otherLangName}}</a></nav>
        </header>
        <main id="main">
        <h1>{{title}}</h1>

        """

    static let foot = """

        </main>
        <footer><p>{{t.footer}}</p></footer>
        </body>
        </html>

        """

    static let form = """
        {{> head}}
        <p>{{t.intro}}</p>
        {{#hasProblems}}
        <div class="problems" role="alert" id="problems">
        <h2>{{t.problemsTitle}}</h2>
        <ul>{{#problems}}<li>{{#name}}<a href="#f-{{name}}">{{label}}</a>: {{/name}}{{error}}</li>{{/problems}}</ul>
        </div>
        {{/hasProblems}}
        <form method="post" action="/permohonan" accept-charset="utf-8">
        <input type="hidden" name="form_token" value="{{formToken}}">
        <input type="hidden" name="lang" value="{{lang}}">
        <div class="hp" aria-hidden="true"><label for="f-website">Website</label><input type="text" id="f-website" name="website" tabindex="-1" autocomplete="off" value=""></div>
        {{#fields}}
        <div class="field{{#error}} bad{{/error}}">
        <label for="f-{{name}}">{{label}}{{#required}} <span class="req">({{t.required}})</span>{{/required}}</label>
        {{#hint}}<span class="hint" id="h-{{name}}">{{hint}}</span>{{/hint}}
        {{#error}}<span class="error" id="e-{{name}}">{{error}}</span>{{/error}}
        {{#isText}}<input type="text" id="f-{{name}}" name="{{name}}" value="{{value}}" maxlength="{{maxLength}}"{{#required}} required{{/required}}{{#error}} aria-invalid="true" aria-describedby="e-{{name}}"{{/error}}{{^error}}{{#hint}} aria-describedby="h-{{name}}"{{/hint}}{{/error}}>{{/isText}}
        {{#isArea}}<textarea id="f-{{name}}" name="{{name}}" rows="4" maxlength="{{maxLength}}"{{#required}} required{{/required}}{{#error}} aria-invalid="true" aria-describedby="e-{{name}}"{{/error}}>{{value}}</textarea>{{/isArea}}
        {{#isChoice}}<select id="f-{{name}}" name="{{name}}"{{#required}} required{{/required}}{{#error}} aria-invalid="true" aria-describedby="e-{{name}}"{{/error}}>{{#options}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/options}}</select>{{/isChoice}}
        </div>
        {{/fields}}
        <p class="note">{{t.privacy}}</p>
        <button type="submit">{{t.submit}}</button>
        </form>
        {{> foot}}
        """

    static let receipt = """
        {{> head}}
        <section class="receipt" aria-labelledby="rcpt">
        <h2 id="rcpt">{{t.receiptTitle}}</h2>
        <dl>
        <dt>{{t.number}}</dt><dd class="number">{{number}}</dd>
        <dt>{{t.receivedAt}}</dt><dd>{{receivedAt}}</dd>
        <dt>{{t.deemedDay}}</dt><dd>{{deemedDay}}</dd>
        <dt>{{t.deadline}}</dt><dd><strong>{{deadline}}</strong></dd>
        </dl>
        {{#nextDay}}<p class="notice">{{nextDay}}</p>{{/nextDay}}
        <h3>{{t.howComputed}}</h3>
        <ul class="explain">{{#explanation}}<li>{{.}}</li>{{/explanation}}</ul>
        </section>
        <section class="link">
        <h2>{{t.statusLinkTitle}}</h2>
        <p><a href="{{statusLink}}" class="token">{{statusLink}}</a></p>
        <p>{{t.statusLinkKeep}}</p>
        </section>
        <p class="noprint">{{t.printHint}}</p>
        {{> foot}}
        """

    static let status = """
        {{> head}}
        <dl>
        <dt>{{t.number}}</dt><dd class="number">{{number}}</dd>
        <dt>{{t.receivedOn}}</dt><dd>{{receivedOn}}</dd>
        <dt>{{t.status}}</dt><dd class="status"><strong>{{status}}</strong></dd>
        {{#deadline}}<dt>{{t.deadline}}</dt><dd>{{deadline}}</dd>{{/deadline}}
        {{#standing}}<dt>{{t.standing}}</dt><dd class="standing{{#overdue}} overdue{{/overdue}}">{{standing}}</dd>{{/standing}}
        </dl>
        {{#hasDetails}}<h2>{{t.whatHappened}}</h2>
        <ul class="details">{{#details}}<li>{{.}}</li>{{/details}}</ul>{{/hasDetails}}
        {{#hasLetters}}<h2>{{t.letters}}</h2>
        <ul class="details letters">{{#letters}}<li><a href="{{link}}" download>{{label}}</a> (.docx)</li>{{/letters}}</ul>{{/hasLetters}}
        <h2>{{t.howComputed}}</h2>
        <ul class="explain">{{#explanation}}<li>{{.}}</li>{{/explanation}}</ul>
        {{#message}}<div class="problems" role="alert"><p>{{message}}</p></div>{{/message}}
        {{#canObject}}
        <section class="act" id="keberatan" aria-labelledby="obj">
        <h2 id="obj">{{t.objectTitle}}</h2>
        <p>{{objectWindow}}</p>
        <form method="post" action="{{path}}/keberatan" accept-charset="utf-8">
        <input type="hidden" name="form_token" value="{{formToken}}">
        <input type="hidden" name="lang" value="{{lang}}">
        <fieldset><legend>{{t.objectGrounds}}</legend>
        {{#grounds}}<div class="check"><input type="checkbox" id="g-{{code}}" name="ground_{{code}}" value="1"><label for="g-{{code}}">{{code}}. {{label}}</label></div>{{/grounds}}
        </fieldset>
        <div class="field"><label for="f-note">{{t.objectNote}}</label><textarea id="f-note" name="note" rows="3" maxlength="500"></textarea></div>
        <button type="submit">{{t.objectSubmit}}</button>
        </form>
        </section>
        {{/canObject}}
        {{#canWithdraw}}
        <section class="act" aria-labelledby="wd">
        <h2 id="wd">{{t.withdrawTitle}}</h2>
        <form method="post" action="{{path}}/cabut" accept-charset="utf-8">
        <input type="hidden" name="form_token" value="{{formToken}}">
        <input type="hidden" name="lang" value="{{lang}}">
        <div class="field"><label for="f-reason">{{t.withdrawReason}}</label><input type="text" id="f-reason" name="reason" maxlength="500"></div>
        <div class="check"><input type="checkbox" id="f-confirm" name="confirm" value="ya" required><label for="f-confirm">{{t.withdrawConfirm}}</label></div>
        <button type="submit" class="quiet">{{t.withdrawSubmit}}</button>
        </form>
        </section>
        {{/canWithdraw}}
        <p class="note">{{t.statusPrivacy}}</p>
        {{> foot}}
        """

    static let refusal = """
        {{> head}}
        <div class="problems" role="alert"><p>{{message}}</p></div>
        {{#back}}<p><a href="{{back}}">{{t.backToForm}}</a></p>{{/back}}
        {{> foot}}
        """

    static let css = """
        :root { --ink: #1a1a1a; --muted: #4a4a4a; --line: #8a8a8a; --accent: #0b4f8a; --bad: #a3000b; --paper: #ffffff; --soft: #eef3f8; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink); background: var(--paper); }
        .top { display: flex; justify-content: space-between; align-items: center; gap: 1rem; padding: .5rem 1rem; background: var(--accent); color: #fff; }
        .top a { color: #fff; }
        .office { margin: 0; font-weight: 600; }
        main { max-width: 46rem; margin: 0 auto; padding: 1rem; }
        h1 { font-size: 1.5rem; line-height: 1.25; margin: .5rem 0 1rem; }
        h2 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; }
        h3 { font-size: 1.05rem; }
        a { color: var(--accent); }
        a:focus, input:focus, select:focus, textarea:focus, button:focus { outline: 3px solid #f2a900; outline-offset: 2px; }
        .field { margin: 0 0 1rem; display: flex; flex-direction: column; }
        label { font-weight: 600; }
        .req, .hint { font-weight: 400; color: var(--muted); font-size: .9rem; }
        input[type=text], select, textarea { font: inherit; width: 100%; padding: .55rem; border: 1px solid var(--line); border-radius: 4px; background: #fff; color: var(--ink); }
        .bad input, .bad select, .bad textarea { border: 2px solid var(--bad); }
        .error { color: var(--bad); font-weight: 600; }
        .problems { border: 2px solid var(--bad); padding: .5rem 1rem; margin: 0 0 1rem; background: #fff5f5; }
        .problems h2 { margin-top: .25rem; color: var(--bad); }
        button { font: inherit; font-weight: 600; padding: .7rem 1.4rem; border: 0; border-radius: 4px; background: var(--accent); color: #fff; cursor: pointer; }
        .check { display: flex; gap: .5rem; align-items: flex-start; margin: .4rem 0; }
        .check input { width: 1.25rem; height: 1.25rem; margin-top: .15rem; flex: none; }
        .check label { font-weight: 400; }
        fieldset { border: 1px solid var(--line); border-radius: 4px; margin: 0 0 1rem; padding: .5rem 1rem; }
        legend { font-weight: 600; }
        .act { border-top: 1px solid var(--line); margin-top: 1.5rem; }
        button.quiet { background: #fff; color: var(--bad); border: 2px solid var(--bad); }
        @media print { .act { display: none; } }
        .hp { position: absolute; left: -10000px; width: 1px; height: 1px; overflow: hidden; }
        .note { color: var(--muted); font-size: .95rem; }
        dl { display: grid; grid-template-columns: minmax(8rem, 40%) 1fr; gap: .3rem 1rem; margin: 0 0 1rem; }
        dt { font-weight: 600; }
        dd { margin: 0; overflow-wrap: anywhere; }
        .number { font-size: 1.25rem; font-weight: 700; }
        .receipt { border: 2px solid var(--ink); padding: .5rem 1rem; }
        .notice { background: var(--soft); padding: .5rem; border-left: 4px solid var(--accent); }
        .token { overflow-wrap: anywhere; font-family: ui-monospace, monospace; }
        .overdue { color: var(--bad); font-weight: 700; }
        .explain li, .details li { margin-bottom: .25rem; }
        footer { max-width: 46rem; margin: 2rem auto 1rem; padding: 0 1rem; color: var(--muted); font-size: .85rem; }
        @media (max-width: 30rem) { dl { grid-template-columns: 1fr; } dd { margin-bottom: .4rem; } }
        @media print { .top nav, .noprint, footer { display: none; } .top { background: none; color: #000; } .receipt { border: 1px solid #000; } a { color: #000; } }

        """
}
