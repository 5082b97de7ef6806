import type { EvidenceEntry } from '../evidence';

export default [
	{
		id: 'preload-loads-in-the-arbiter',
		anchor: 'preloading-and-forks',
		statement:
			'With --preload, a Gunicorn worker finds the model loaded by its parent, the arbiter; without it, by the worker itself.',
		test: 'examples/ml_model_serving/test_ml_model_serving_wire.py::test_preload_loads_once_in_the_arbiter_and_threads_do_not_survive_the_fork',
		server: true,
	},
	{
		id: 'preload-copy-on-write',
		anchor: 'preloading-and-forks',
		statement:
			'Under --preload, reading 1 M floats in a list copies over 16 MiB into the worker; reading a 32 MB bytes buffer copies under 4 MiB.',
		test: 'examples/ml_model_serving/test_ml_model_serving_wire.py::test_preload_shares_a_buffer_but_copies_python_objects_on_read',
		server: true,
	},
	{
		id: 'preload-threads-and-locks',
		anchor: 'preloading-and-forks',
		statement:
			'Under --preload, a thread started at load time is not alive in the worker, and the lock it held at the fork is still locked 3.5 s later.',
		test: 'examples/ml_model_serving/test_ml_model_serving_wire.py::test_preload_loads_once_in_the_arbiter_and_threads_do_not_survive_the_fork[preload]',
		server: true,
	},
	{
		id: 'flask-async-view-task-dropped',
		anchor: 'how-flask-does-it',
		statement:
			'A task created in a Flask async view with create_task() has not run 0.3 s after the response.',
		test: 'examples/ml_model_serving/test_ml_model_serving.py::test_flask_async_view_tasks_never_finish_after_the_view_returns',
		server: false,
	},
	{
		id: 'async-def-inference-stalls-the-loop',
		anchor: 'how-fastapi-does-it',
		statement:
			'On Uvicorn, a health check sent during 1 s of CPU work in an async def endpoint answers only after that work ends.',
		test: 'examples/ml_model_serving/test_ml_model_serving_wire.py::test_cpu_bound_inference_and_a_health_check_on_uvicorn[async-def-True]',
		server: true,
	},
	{
		id: 'process-pool-keeps-the-loop-free',
		anchor: 'mixing-io-with-cpu-bound-inference',
		statement:
			'On Uvicorn, with the work sent to a ProcessPoolExecutor through run_in_executor, the health check answers before the inference ends.',
		test: 'examples/ml_model_serving/test_ml_model_serving_wire.py::test_cpu_bound_inference_and_a_health_check_on_uvicorn[process-pool-False]',
		server: true,
	},
] satisfies readonly EvidenceEntry[];
