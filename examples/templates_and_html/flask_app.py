# A server-rendered page with a form in Flask: render_template, Flask-WTF (with CSRF) and static/.
import os

from flask import Flask, redirect, render_template, url_for
from flask_wtf import FlaskForm
from wtforms import StringField
from wtforms.validators import DataRequired, Length

app = Flask(__name__)  # finds templates/ and static/ next to this file, no setup needed
app.config["SECRET_KEY"] = os.environ.get("SECRET_KEY", "dev-only-not-a-secret")
COMMENTS: list[str] = []


class CommentForm(FlaskForm):
    text = StringField("Comment", validators=[DataRequired(), Length(max=200)])


@app.route("/", methods=["GET", "POST"])
def comments():
    form = CommentForm()
    if form.validate_on_submit():  # checks the CSRF token and the field validators
        COMMENTS.append(form.text.data)
        return redirect(url_for("comments"), code=303)
    # Autoescaping is on for .html templates, so a comment cannot inject markup.
    status = 400 if form.errors else 200
    return render_template("flask_comments.html", form=form, comments=COMMENTS), status
