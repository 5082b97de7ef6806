# FastAPI: Depends() resolves a graph of Annotated dependencies; a yield dependency cleans up.
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException


class Database:  # stand-in for a real client: it counts its open connections
    def __init__(self, rows):
        self.rows, self.open_connections = dict(rows), 0

    def connect(self):
        self.open_connections += 1
        return self

    def close(self):
        self.open_connections -= 1


database = Database({"1": "keyboard"})


def get_database() -> Database:
    return database


def get_conn(db: Annotated[Database, Depends(get_database)]):
    conn = db.connect()  # get_conn has a dependency of its own: get_database
    try:
        yield conn  # the endpoint runs here; the code after yield cleans up
    finally:
        conn.close()


Conn = Annotated[Database, Depends(get_conn)]  # reusable alias
app = FastAPI()


@app.get("/items/{item_id}")
def read_item(item_id: str, conn: Conn):
    if item_id not in conn.rows:
        raise HTTPException(status_code=404)
    return {"id": item_id, "name": conn.rows[item_id]}
