# A CSRF-protected form with Flask-WTF: a POST without a valid token never reaches the view (400).
import os

from flask import Flask, render_template_string
from flask_wtf import FlaskForm
from flask_wtf.csrf import CSRFProtect
from wtforms import StringField
from wtforms.validators import DataRequired, Length

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ.get("SECRET_KEY", "dev-only-not-a-secret")
csrf = CSRFProtect(app)  # checks every POST, PUT, PATCH and DELETE, with or without a form class

PAGE = """<form method="post">
  {{ form.csrf_token }}
  {{ form.display_name.label }} {{ form.display_name() }}
  {% for error in form.display_name.errors %}<p class="error">{{ error }}</p>{% endfor %}
  <button>Save</button>
</form>"""


class ProfileForm(FlaskForm):
    display_name = StringField("Display name", validators=[DataRequired(), Length(max=40)])


@app.route("/profile", methods=["GET", "POST"])
def profile():
    form = ProfileForm()
    if form.validate_on_submit():
        return {"saved": form.display_name.data}
    status = 400 if form.errors else 200
    return render_template_string(PAGE, form=form), status


@app.post("/api/profile")
def profile_api():  # JavaScript clients send the token in the X-CSRFToken header instead
    return {"saved": True}
